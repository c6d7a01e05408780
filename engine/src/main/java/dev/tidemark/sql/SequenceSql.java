// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.sql;

import dev.tidemark.model.change.AlterSequence;
import dev.tidemark.model.change.Change;
import dev.tidemark.model.change.CreateSequence;
import dev.tidemark.model.change.DropSequence;
import dev.tidemark.model.change.RenameSequence;
import java.math.BigInteger;
import java.util.List;

/**
 * Sequences. The SQL-standard forms by default (what H2 runs); each dialect's package overrides
 * what its database spells differently. Option order follows Liquibase: CREATE gives start,
 * increment, bounds, cache, order, cycle; ALTER gives increment, bounds, order, cache, cycle.
 * A change type a database cannot express stays {@link SqlFamily#unsupported}.
 */
public class SequenceSql extends SqlFamily {
    public SequenceSql(dev.tidemark.dialect.Dialect dialect) {
        super(dialect);
    }

    public List<SqlStatement> createSequence(CreateSequence change, RenderContext ctx) {
        return List.of(SqlStatement.of(createSequenceSql(change, ctx)));
    }

    /** The CREATE SEQUENCE statement. */
    protected String createSequenceSql(CreateSequence change, RenderContext ctx) {
        StringBuilder sql = new StringBuilder(createPrefix(ctx.qualified(change.catalogName(), change.schemaName(),
                change.sequenceName())));
        if (change.dataType() != null) {
            sql.append(dataType(change, change.dataType()));
        }
        append(sql, " START WITH ", change.startValue());
        append(sql, " INCREMENT BY ", change.incrementBy());
        append(sql, " MINVALUE ", change.minValue());
        append(sql, " MAXVALUE ", change.maxValue());
        if (change.cacheSize() != null) {
            sql.append(cache(change, change.cacheSize()));
        }
        if (change.ordered() != null) {
            sql.append(order(change, change.ordered()));
        }
        if (Boolean.TRUE.equals(change.cycle())) {
            sql.append(" CYCLE");
        }
        return sql.toString();
    }

    /** {@code CREATE SEQUENCE <name>}. */
    protected String createPrefix(String sequence) {
        return "CREATE SEQUENCE " + sequence;
    }

    /** {@code " AS <type>"}, the type as this database spells it. */
    protected String dataType(Change change, String dataType) {
        return " AS " + dialect.dataTypes().columnType(dataType);
    }

    /** The cache clause; the SQL standard has none. */
    protected String cache(Change change, BigInteger cacheSize) {
        return "";
    }

    /** The ordering clause: ORDER for true (H2 accepts it), nothing for false. */
    protected String order(Change change, boolean ordered) {
        return ordered ? " ORDER" : "";
    }

    public List<SqlStatement> alterSequence(AlterSequence change, RenderContext ctx) {
        return List.of(SqlStatement.of(alterSequenceSql(change, ctx)));
    }

    /** The ALTER SEQUENCE statement; refused when the change sets nothing (Liquibase writes a bare ALTER SEQUENCE). */
    protected String alterSequenceSql(AlterSequence change, RenderContext ctx) {
        String prefix = "ALTER SEQUENCE " + ctx.qualified(change.catalogName(), change.schemaName(), change.sequenceName());
        StringBuilder sql = new StringBuilder(prefix);
        if (change.dataType() != null) {
            sql.append(dataType(change, change.dataType()));
        }
        append(sql, " INCREMENT BY ", change.incrementBy());
        append(sql, " MINVALUE ", change.minValue());
        append(sql, " MAXVALUE ", change.maxValue());
        if (change.ordered() != null) {
            sql.append(alterOrder(change, change.ordered()));
        }
        if (change.cacheSize() != null) {
            sql.append(cache(change, change.cacheSize()));
        }
        if (change.cycle() != null) {
            sql.append(change.cycle() ? " CYCLE" : noCycle());
        }
        String out = sql.toString().stripTrailing();
        if (out.equals(prefix)) {
            throw invalid(change, "nothing to alter (give incrementBy, minValue, maxValue, cacheSize, cycle, ordered or dataType)");
        }
        return out;
    }

    /** The ordering clause of ALTER SEQUENCE; ignored here (H2's ALTER SEQUENCE has none, and orders anyway). */
    protected String alterOrder(Change change, boolean ordered) {
        return "";
    }

    /** The spelling of cycle=false in ALTER SEQUENCE. */
    protected String noCycle() {
        return " NO CYCLE";
    }

    public List<SqlStatement> dropSequence(DropSequence change, RenderContext ctx) {
        return List.of(SqlStatement.of(dropSequenceSql(change, ctx)));
    }

    /** The DROP SEQUENCE statement. */
    protected String dropSequenceSql(DropSequence change, RenderContext ctx) {
        return "DROP SEQUENCE " + ctx.qualified(change.catalogName(), change.schemaName(), change.sequenceName());
    }

    /** No rename for sequences in the standard, nor in H2. */
    public List<SqlStatement> renameSequence(RenameSequence change, RenderContext ctx) {
        return unsupported(change, ctx);
    }

    private static void append(StringBuilder sql, String clause, BigInteger value) {
        if (value != null) {
            sql.append(clause).append(value);
        }
    }
}
