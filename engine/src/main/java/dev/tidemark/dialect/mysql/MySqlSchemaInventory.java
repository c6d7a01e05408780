// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.mysql;

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
 * MySQL's and MariaDB's objects, read from information_schema; a schema is a database. Triggers
 * go with their tables. Foreign keys that other databases' tables hold on this database's tables
 * are dropped too: MySQL would otherwise refuse to drop the tables they reference (PostgreSQL's
 * DROP TABLE ... CASCADE drops them in the same way).
 */
public class MySqlSchemaInventory extends SchemaInventory {
    private static final String FOREIGN_KEYS = "SELECT CONSTRAINT_SCHEMA, TABLE_NAME, CONSTRAINT_NAME"
            + " FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = ? OR UNIQUE_CONSTRAINT_SCHEMA = ?";
    /** System-versioned tables are tables too (MariaDB). */
    private static final String TABLES = "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = ?"
            + " AND TABLE_TYPE IN ('BASE TABLE', 'SYSTEM VERSIONED')";
    private static final String OF_TYPE = "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_TYPE = ?";
    private static final String ROUTINES = "SELECT ROUTINE_NAME FROM information_schema.ROUTINES"
            + " WHERE ROUTINE_SCHEMA = ? AND ROUTINE_TYPE = ?";
    private static final String EVENTS = "SELECT EVENT_NAME FROM information_schema.EVENTS WHERE EVENT_SCHEMA = ?";

    public MySqlSchemaInventory(Dialect dialect) {
        super(dialect);
    }

    @Override
    public List<String> schemas(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        for (String[] row : rows(c, "SELECT SCHEMA_NAME FROM information_schema.SCHEMATA")) {
            out.add(row[0]);
        }
        return out;
    }

    @Override
    public String currentSchema(Connection c) throws SQLException {
        return rows(c, "SELECT DATABASE()").get(0)[0];
    }

    @Override
    public List<SchemaObject> find(Connection c, String schema, Kind kind, Consumer<String> notes) throws SQLException {
        switch (kind) {
            case FOREIGN_KEY: {
                List<SchemaObject> out = new ArrayList<>();
                for (String[] row : rows(c, FOREIGN_KEYS, schema, schema)) {
                    out.add(new SchemaObject(Kind.FOREIGN_KEY, row[0], row[2], row[1], null));
                }
                return out;
            }
            case VIEW:
                return named(c, kind, schema, OF_TYPE, schema, "VIEW");
            case TABLE:
                return named(c, kind, schema, TABLES, schema);
            case SEQUENCE:
                return sequences(c, schema);
            case FUNCTION:
                return named(c, kind, schema, ROUTINES, schema, "FUNCTION");
            case PROCEDURE:
                return named(c, kind, schema, ROUTINES, schema, "PROCEDURE");
            case EVENT:
                return named(c, kind, schema, EVENTS, schema);
            default:
                return List.of();
        }
    }

    /** MySQL has none; MariaDB lists its sequences as tables. */
    protected List<SchemaObject> sequences(Connection c, String schema) throws SQLException {
        return List.of();
    }

    /** The objects information_schema.TABLES lists with this TABLE_TYPE. */
    protected static List<SchemaObject> ofType(Connection c, String schema, Kind kind, String tableType) throws SQLException {
        return named(c, kind, schema, OF_TYPE, schema, tableType);
    }

    @Override
    public List<SqlStatement> drop(SchemaObject object, RenderContext ctx) {
        String name = ctx.qualified(null, object.schema(), object.name());
        switch (object.kind()) {
            case FUNCTION:
                return List.of(SqlStatement.of("DROP FUNCTION " + name));
            case EVENT:
                return List.of(SqlStatement.of("DROP EVENT " + name));
            default:
                return super.drop(object, ctx);
        }
    }
}
