// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.h2;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.dialect.SchemaInventory;
import dev.tidemark.sql.RenderContext;
import dev.tidemark.sql.SqlStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * H2's objects, read from INFORMATION_SCHEMA (H2 2.x). Triggers go with their tables and the
 * sequences of identity columns with theirs (INFORMATION_SCHEMA.SEQUENCES does not list them).
 * An alias names all its overloads, so it is dropped once.
 */
public class H2SchemaInventory extends SchemaInventory {
    private static final String FOREIGN_KEYS = "SELECT TABLE_NAME, CONSTRAINT_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS"
            + " WHERE CONSTRAINT_SCHEMA = ? AND CONSTRAINT_TYPE = 'FOREIGN KEY'";
    private static final String OF_TYPE = "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_TYPE = ?";
    private static final String TABLES = "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = ?"
            + " AND TABLE_TYPE IN ('BASE TABLE', 'GLOBAL TEMPORARY')";
    private static final String SEQUENCES = "SELECT SEQUENCE_NAME FROM INFORMATION_SCHEMA.SEQUENCES WHERE SEQUENCE_SCHEMA = ?";
    private static final String SYNONYMS = "SELECT SYNONYM_NAME FROM INFORMATION_SCHEMA.SYNONYMS WHERE SYNONYM_SCHEMA = ?";
    private static final String ALIASES = "SELECT DISTINCT ROUTINE_NAME FROM INFORMATION_SCHEMA.ROUTINES WHERE ROUTINE_SCHEMA = ?"
            + " AND ROUTINE_TYPE IN ('FUNCTION', 'PROCEDURE')";
    private static final String AGGREGATES = "SELECT DISTINCT ROUTINE_NAME FROM INFORMATION_SCHEMA.ROUTINES WHERE ROUTINE_SCHEMA = ?"
            + " AND ROUTINE_TYPE = 'AGGREGATE'";
    private static final String DOMAINS = "SELECT DOMAIN_NAME FROM INFORMATION_SCHEMA.DOMAINS WHERE DOMAIN_SCHEMA = ?";
    private static final String CONSTANTS = "SELECT CONSTANT_NAME FROM INFORMATION_SCHEMA.CONSTANTS WHERE CONSTANT_SCHEMA = ?";

    public H2SchemaInventory(Dialect dialect) {
        super(dialect);
    }

    @Override
    public List<String> schemas(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        for (String[] row : rows(c, "SELECT SCHEMA_NAME FROM INFORMATION_SCHEMA.SCHEMATA")) {
            out.add(row[0]);
        }
        return out;
    }

    @Override
    public String currentSchema(Connection c) throws SQLException {
        return rows(c, "SELECT CURRENT_SCHEMA").get(0)[0];
    }

    @Override
    public List<SchemaObject> find(Connection c, String schema, Kind kind, Consumer<String> notes) throws SQLException {
        switch (kind) {
            case FOREIGN_KEY: {
                List<SchemaObject> out = new ArrayList<>();
                for (String[] row : rows(c, FOREIGN_KEYS, schema)) {
                    out.add(new SchemaObject(Kind.FOREIGN_KEY, schema, row[1], row[0], null));
                }
                return out;
            }
            case VIEW:
                return named(c, kind, schema, OF_TYPE, schema, "VIEW");
            case SYNONYM:
                return named(c, kind, schema, SYNONYMS, schema);
            case TABLE:
                return named(c, kind, schema, TABLES, schema);
            case SEQUENCE:
                return named(c, kind, schema, SEQUENCES, schema);
            case ALIAS:
                return named(c, kind, schema, ALIASES, schema);
            case AGGREGATE:
                return named(c, kind, schema, AGGREGATES, schema);
            case DOMAIN:
                return named(c, kind, schema, DOMAINS, schema);
            case CONSTANT:
                return named(c, kind, schema, CONSTANTS, schema);
            default:
                return List.of();
        }
    }

    @Override
    public List<SqlStatement> drop(SchemaObject object, RenderContext ctx) {
        switch (object.kind()) {
            case SYNONYM:
            case ALIAS:
            case AGGREGATE:
            case DOMAIN:
            case CONSTANT:
                return List.of(SqlStatement.of("DROP " + object.kind().name() + " " + ctx.qualified(null, object.schema(), object.name())));
            default:
                return super.drop(object, ctx);
        }
    }
}
