// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.sql;

import dev.tidemark.model.Constraints;
import java.util.ArrayList;
import java.util.List;

/**
 * The table and columns a column's foreign key points at: either {@code references="table(col)"}
 * as written, or referencedTableName / referencedColumnNames with an optional catalog and schema.
 *
 * @param written  the references text as written, or null
 * @param catalog  the referenced table's catalog, or null
 * @param schema   the referenced table's schema, or null
 * @param table    the referenced table
 * @param columns  the referenced columns
 */
public record ColumnReference(String written, String catalog, String schema, String table, List<String> columns) {

    public ColumnReference {
        columns = List.copyOf(columns);
    }

    /** The column's reference, or null when its constraints name none. */
    public static ColumnReference of(Constraints c) {
        if (c == null) {
            return null;
        }
        if (c.references() != null && !c.references().isBlank()) {
            String written = c.references().trim();
            int open = written.indexOf('(');
            int close = written.lastIndexOf(')');
            String tablePart = open < 0 ? written : written.substring(0, open).trim();
            List<String> columns = open < 0 || close < open ? List.of() : split(written.substring(open + 1, close));
            int dot = tablePart.lastIndexOf('.');
            String schema = dot > 0 ? tablePart.substring(0, dot) : null;
            String table = dot > 0 ? tablePart.substring(dot + 1) : tablePart;
            return new ColumnReference(written, null, schema, table, columns);
        }
        if (c.referencedTableName() != null && !c.referencedTableName().isBlank()) {
            return new ColumnReference(null, c.referencedTableCatalogName(), c.referencedTableSchemaName(),
                    c.referencedTableName(), c.referencedColumnNames() == null ? List.of() : split(c.referencedColumnNames()));
        }
        return null;
    }

    private static List<String> split(String names) {
        List<String> out = new ArrayList<>();
        for (String n : names.split(",")) {
            if (!n.isBlank()) {
                out.add(n.trim());
            }
        }
        return out;
    }

    /** The referenced table, qualified and quoted as names are. */
    public String table(RenderContext ctx) {
        return ctx.qualified(catalog, schema, table);
    }

    /** The referenced columns, quoted and joined with ", ". */
    public String columns(RenderContext ctx) {
        List<String> quoted = new ArrayList<>();
        for (String column : columns) {
            quoted.add(ctx.name(column));
        }
        return String.join(", ", quoted);
    }

    /**
     * The REFERENCES target as CREATE TABLE writes it: references text verbatim, or
     * table(col, ...) quoted.
     */
    public String inCreateTable(RenderContext ctx) {
        return written != null ? written : table(ctx) + "(" + columns(ctx) + ")";
    }
}
