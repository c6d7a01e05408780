// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.h2;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.model.change.AlterSequence;
import dev.tidemark.model.change.Change;
import dev.tidemark.sql.RenderContext;
import dev.tidemark.sql.SequenceSql;
import dev.tidemark.sql.SqlStatement;
import java.math.BigInteger;
import java.util.List;

/** H2's SequenceSql: the standard forms plus CACHE; no rename, and no data type change. */
public class H2SequenceSql extends SequenceSql {
    public H2SequenceSql(Dialect dialect) {
        super(dialect);
    }

    /**
     * CACHE n, which H2 2.x has in CREATE and ALTER SEQUENCE (0 and 1 both mean no cache). Liquibase
     * drops cacheSize on H2, so the sequence kept H2's default cache of 32.
     */
    @Override
    protected String cache(Change change, BigInteger cacheSize) {
        return " CACHE " + cacheSize;
    }

    /** H2 2.x takes AS type in CREATE SEQUENCE only; Liquibase writes ALTER SEQUENCE ... AS type, which H2 rejects. */
    @Override
    public List<SqlStatement> alterSequence(AlterSequence change, RenderContext ctx) {
        if (change.dataType() != null) {
            throw invalid(change, "dataType is not allowed (H2 sets a sequence's type only when creating it)");
        }
        return super.alterSequence(change, ctx);
    }
}
