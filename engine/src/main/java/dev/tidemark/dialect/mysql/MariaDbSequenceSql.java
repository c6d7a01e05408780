// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.mysql;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.model.change.AlterSequence;
import dev.tidemark.model.change.Change;
import dev.tidemark.model.change.CreateSequence;
import dev.tidemark.model.change.DropSequence;
import dev.tidemark.model.change.RenameSequence;
import dev.tidemark.sql.RenderContext;
import dev.tidemark.sql.SqlStatement;
import java.math.BigInteger;
import java.util.List;

/**
 * MariaDB's sequences (10.3+): Liquibase's option order (START WITH after the bounds), CACHE,
 * NOCYCLE, RENAME TABLE; no data type (before 11.5) and no ORDER option.
 */
public class MariaDbSequenceSql extends MySqlSequenceSql {
    public MariaDbSequenceSql(Dialect dialect) {
        super(dialect);
    }

    @Override
    public List<SqlStatement> createSequence(CreateSequence change, RenderContext ctx) {
        if (change.dataType() != null) {
            dataType(change, change.dataType());
        }
        StringBuilder sql = new StringBuilder("CREATE SEQUENCE ")
                .append(ctx.qualified(change.catalogName(), change.schemaName(), change.sequenceName()));
        append(sql, " INCREMENT BY ", change.incrementBy());
        append(sql, " MINVALUE ", change.minValue());
        append(sql, " MAXVALUE ", change.maxValue());
        append(sql, " START WITH ", change.startValue());
        if (change.cacheSize() != null) {
            sql.append(cache(change, change.cacheSize()));
        }
        if (Boolean.TRUE.equals(change.cycle())) {
            sql.append(" CYCLE");
        }
        return List.of(SqlStatement.of(sql.toString()));
    }

    private static void append(StringBuilder sql, String clause, BigInteger value) {
        if (value != null) {
            sql.append(clause).append(value);
        }
    }

    @Override
    public List<SqlStatement> alterSequence(AlterSequence change, RenderContext ctx) {
        return List.of(SqlStatement.of(alterSequenceSql(change, ctx)));
    }

    @Override
    public List<SqlStatement> dropSequence(DropSequence change, RenderContext ctx) {
        return List.of(SqlStatement.of(dropSequenceSql(change, ctx)));
    }

    @Override
    protected String dataType(Change change, String dataType) {
        throw invalid(change, "dataType is not allowed");
    }

    @Override
    protected String cache(Change change, BigInteger cacheSize) {
        return " CACHE " + cacheSize;
    }

    /** MariaDB has no ORDER option (one server hands out values in order anyway); ignored, as Liquibase does in createSequence. */
    @Override
    protected String order(Change change, boolean ordered) {
        return "";
    }

    @Override
    protected String noCycle() {
        return " NOCYCLE";
    }

    /**
     * A MariaDB sequence is a table, renamed with RENAME TABLE; Liquibase writes ALTER SEQUENCE ...
     * RENAME TO, which MariaDB rejects.
     */
    @Override
    public List<SqlStatement> renameSequence(RenameSequence change, RenderContext ctx) {
        return List.of(SqlStatement.of("RENAME TABLE "
                + ctx.qualified(change.catalogName(), change.schemaName(), change.oldSequenceName()) + " TO "
                + ctx.qualified(change.catalogName(), change.schemaName(), change.newSequenceName())));
    }
}
