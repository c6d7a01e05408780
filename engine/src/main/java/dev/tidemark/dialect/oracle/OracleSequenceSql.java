// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.oracle;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.model.change.Change;
import dev.tidemark.model.change.RenameSequence;
import dev.tidemark.sql.RenderContext;
import dev.tidemark.sql.SequenceSql;
import dev.tidemark.sql.SqlStatement;
import java.math.BigInteger;
import java.util.List;

/** Oracle's SequenceSql: NOCACHE, ORDER / NOORDER, NOCYCLE, RENAME; no data type. */
public class OracleSequenceSql extends SequenceSql {
    public OracleSequenceSql(Dialect dialect) {
        super(dialect);
    }

    @Override
    protected String dataType(Change change, String dataType) {
        throw invalid(change, "dataType is not allowed");
    }

    /**
     * Oracle caches at least 2 values: 0 is NOCACHE (as Liquibase writes it) and so is 1, for which
     * Liquibase writes CACHE 1, which Oracle rejects.
     */
    @Override
    protected String cache(Change change, BigInteger cacheSize) {
        return cacheSize.compareTo(BigInteger.ONE) <= 0 ? " NOCACHE" : " CACHE " + cacheSize;
    }

    @Override
    protected String order(Change change, boolean ordered) {
        return ordered ? " ORDER" : " NOORDER";
    }

    /** Liquibase's spelling in ALTER SEQUENCE, with its trailing space (the statement's end is trimmed). */
    @Override
    protected String alterOrder(Change change, boolean ordered) {
        return ordered ? " ORDER " : " NOORDER ";
    }

    @Override
    protected String noCycle() {
        return " NOCYCLE";
    }

    /** RENAME works on the current user's objects only; Liquibase drops the schema silently, Tidemark refuses it. */
    @Override
    public List<SqlStatement> renameSequence(RenameSequence change, RenderContext ctx) {
        if (change.catalogName() != null || change.schemaName() != null) {
            throw invalid(change, "catalogName and schemaName are not allowed (RENAME works in the current schema only)");
        }
        return List.of(SqlStatement.of("RENAME " + ctx.name(change.oldSequenceName()) + " TO " + ctx.name(change.newSequenceName())));
    }
}
