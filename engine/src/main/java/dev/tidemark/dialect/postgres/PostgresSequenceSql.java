// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.postgres;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.model.change.Change;
import dev.tidemark.model.change.DropSequence;
import dev.tidemark.model.change.RenameSequence;
import dev.tidemark.sql.RenderContext;
import dev.tidemark.sql.SequenceSql;
import dev.tidemark.sql.SqlStatement;
import java.math.BigInteger;
import java.util.List;

/** PostgreSQL's SequenceSql: IF NOT EXISTS, CACHE of at least 1, no ORDER, DROP ... CASCADE. */
public class PostgresSequenceSql extends SequenceSql {
    public PostgresSequenceSql(Dialect dialect) {
        super(dialect);
    }

    /** Liquibase's spelling, two spaces included. */
    @Override
    protected String createPrefix(String sequence) {
        return "CREATE SEQUENCE  IF NOT EXISTS " + sequence;
    }

    /** PostgreSQL caches at least one value; Liquibase writes CACHE 1 for 0. */
    @Override
    protected String cache(Change change, BigInteger cacheSize) {
        return " CACHE " + cacheSize.max(BigInteger.ONE);
    }

    /**
     * PostgreSQL has no ORDER option. Liquibase refuses ordered (either value) in createSequence
     * and writes ORDER / NOORDER, which PostgreSQL rejects, in alterSequence; Tidemark refuses true
     * and ignores false in both.
     */
    @Override
    protected String order(Change change, boolean ordered) {
        if (ordered) {
            throw invalid(change, "ordered is not allowed");
        }
        return "";
    }

    @Override
    protected String alterOrder(Change change, boolean ordered) {
        return order(change, ordered);
    }

    @Override
    protected String dropSequenceSql(DropSequence change, RenderContext ctx) {
        return super.dropSequenceSql(change, ctx) + " CASCADE";
    }

    @Override
    public List<SqlStatement> renameSequence(RenameSequence change, RenderContext ctx) {
        return List.of(SqlStatement.of("ALTER SEQUENCE " + ctx.qualified(change.catalogName(), change.schemaName(),
                change.oldSequenceName()) + " RENAME TO " + ctx.name(change.newSequenceName())));
    }
}
