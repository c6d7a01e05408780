// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.h2;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.model.change.AddForeignKeyConstraint;
import dev.tidemark.model.change.DropAllForeignKeyConstraints;
import dev.tidemark.sql.ConstraintSql;
import dev.tidemark.sql.RenderContext;
import dev.tidemark.sql.SqlStatement;
import java.util.List;

/** H2's ConstraintSql: the ANSI forms, without deferrable foreign keys. */
public class H2ConstraintSql extends ConstraintSql {
    public H2ConstraintSql(Dialect dialect) {
        super(dialect);
    }

    /** H2 checks foreign keys at once; Liquibase refuses both attributes here (Tidemark accepts false). */
    @Override
    protected String deferrability(AddForeignKeyConstraint change) {
        if (Boolean.TRUE.equals(change.deferrable())) {
            throw invalid(change, "deferrable is not allowed");
        }
        if (Boolean.TRUE.equals(change.initiallyDeferred())) {
            throw invalid(change, "initiallyDeferred is not allowed");
        }
        return "";
    }

    /**
     * H2's SQL has no loop: EXECUTE IMMEDIATE runs one statement and ALTER TABLE drops one
     * constraint, so the keys cannot be found and dropped at run time.
     */
    @Override
    public List<SqlStatement> dropAllForeignKeyConstraints(DropAllForeignKeyConstraints change, RenderContext ctx) {
        throw unsupportedBecause(change, "the foreign keys are only known at run time and H2 has no procedural SQL to"
                + " look them up; use one dropForeignKeyConstraint per key");
    }
}
