// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.sql;

import java.util.Objects;

/** A dialect's statement generators, one per family of change types. */
public record SqlFamilies(
        TableSql table,
        ColumnSql column,
        ConstraintSql constraint,
        IndexSql index,
        SequenceSql sequence,
        ViewSql view,
        ProcedureSql procedure,
        DataSql data,
        ScriptSql script) {

    public SqlFamilies {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(constraint, "constraint");
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(sequence, "sequence");
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(procedure, "procedure");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(script, "script");
    }
}
