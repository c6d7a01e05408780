// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.postgres;

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
 * PostgreSQL's objects, read from pg_catalog. Objects that belong to an extension are left to it
 * (they go with DROP EXTENSION, which drop-all does not run). Partitions whose parent is in the
 * same schema go with their parent; sequences owned by serial or identity columns go with their
 * table; array and row types go with their element type or relation.
 */
public class PostgresSchemaInventory extends SchemaInventory {
    /** Not a member of an extension; {@code %s} is the catalog of the object's oid. */
    private static final String NOT_IN_EXTENSION = " AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e"
            + " WHERE e.classid = '%s'::regclass AND e.objid = %s AND e.deptype = 'e')";
    private static final String RELATIONS = "SELECT c.relname FROM pg_catalog.pg_class c"
            + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = ? AND c.relkind = ?"
            + String.format(NOT_IN_EXTENSION, "pg_catalog.pg_class", "c.oid");
    private static final String TABLES = "SELECT c.relname FROM pg_catalog.pg_class c"
            + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = ? AND c.relkind IN ('r', 'p')"
            + " AND NOT (c.relispartition AND EXISTS (SELECT 1 FROM pg_catalog.pg_inherits i"
            + " JOIN pg_catalog.pg_class parent ON parent.oid = i.inhparent"
            + " WHERE i.inhrelid = c.oid AND parent.relnamespace = c.relnamespace))"
            + String.format(NOT_IN_EXTENSION, "pg_catalog.pg_class", "c.oid");
    /** Sequences that no column owns (serial: 'a', identity: 'i'). */
    private static final String SEQUENCES = RELATIONS + " AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d"
            + " WHERE d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = c.oid"
            + " AND d.refclassid = 'pg_catalog.pg_class'::regclass AND d.deptype IN ('a', 'i'))";
    /** Foreign keys declared on the schema's tables, not those a partition inherits from its parent. */
    private static final String FOREIGN_KEYS = "SELECT t.relname, k.conname FROM pg_catalog.pg_constraint k"
            + " JOIN pg_catalog.pg_class t ON t.oid = k.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace"
            + " WHERE n.nspname = ? AND k.contype = 'f' AND k.conparentid = 0 AND k.coninhcount = 0"
            + String.format(NOT_IN_EXTENSION, "pg_catalog.pg_class", "t.oid");
    /**
     * f: function, p: procedure, a: aggregate, w: window function; with the argument types that
     * tell overloads apart. Not those internal to another object (a range type's constructors).
     */
    private static final String ROUTINES = "SELECT p.proname, pg_catalog.pg_get_function_identity_arguments(p.oid), p.prokind"
            + " FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = ?"
            + String.format(NOT_IN_EXTENSION, "pg_catalog.pg_proc", "p.oid")
            + " AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend i WHERE i.classid = 'pg_catalog.pg_proc'::regclass"
            + " AND i.objid = p.oid AND i.deptype = 'i')";
    /** Enums, ranges, domains and composite types of their own (not a table's row type); d: domain. */
    private static final String TYPES = "SELECT t.typname, t.typtype FROM pg_catalog.pg_type t"
            + " JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = ?"
            + " AND (t.typtype IN ('e', 'r', 'd') OR (t.typtype = 'c'"
            + " AND (SELECT r.relkind FROM pg_catalog.pg_class r WHERE r.oid = t.typrelid) = 'c'))"
            + String.format(NOT_IN_EXTENSION, "pg_catalog.pg_type", "t.oid");

    public PostgresSchemaInventory(Dialect dialect) {
        super(dialect);
    }

    @Override
    public List<String> schemas(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        for (String[] row : rows(c, "SELECT nspname FROM pg_catalog.pg_namespace")) {
            out.add(row[0]);
        }
        return out;
    }

    @Override
    public String currentSchema(Connection c) throws SQLException {
        return rows(c, "SELECT current_schema()").get(0)[0];
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
                return named(c, kind, schema, RELATIONS, schema, "v");
            case MATERIALIZED_VIEW:
                return named(c, kind, schema, RELATIONS, schema, "m");
            case TABLE:
                return named(c, kind, schema, TABLES, schema);
            case SEQUENCE:
                return named(c, kind, schema, SEQUENCES, schema, "S");
            case FUNCTION:
            case PROCEDURE:
            case AGGREGATE:
                return routines(c, schema, kind);
            case DOMAIN:
            case TYPE:
                return types(c, schema, kind);
            default:
                return List.of();
        }
    }

    private List<SchemaObject> routines(Connection c, String schema, Kind kind) throws SQLException {
        List<SchemaObject> out = new ArrayList<>();
        for (String[] row : rows(c, ROUTINES, schema)) {
            Kind of = row[2].equals("p") ? Kind.PROCEDURE : row[2].equals("a") ? Kind.AGGREGATE : Kind.FUNCTION;
            if (of == kind) {
                out.add(new SchemaObject(kind, schema, row[0], null, row[1]));
            }
        }
        return out;
    }

    private List<SchemaObject> types(Connection c, String schema, Kind kind) throws SQLException {
        List<SchemaObject> out = new ArrayList<>();
        for (String[] row : rows(c, TYPES, schema)) {
            if ((kind == Kind.DOMAIN) == row[1].equals("d")) {
                out.add(SchemaObject.of(kind, schema, row[0]));
            }
        }
        return out;
    }

    /**
     * Routines name their argument types (as pg_get_function_identity_arguments writes them, so
     * overloads are told apart); nothing is dropped with CASCADE, so an object another schema
     * still uses stops drop-all with PostgreSQL's reason.
     */
    @Override
    public List<SqlStatement> drop(SchemaObject object, RenderContext ctx) {
        String name = ctx.qualified(null, object.schema(), object.name());
        switch (object.kind()) {
            case MATERIALIZED_VIEW:
                return List.of(SqlStatement.of("DROP MATERIALIZED VIEW " + name));
            case FUNCTION:
            case PROCEDURE:
            case AGGREGATE:
                return List.of(SqlStatement.of("DROP " + object.kind().name() + " " + name + "(" + object.arguments() + ")"));
            case DOMAIN:
                return List.of(SqlStatement.of("DROP DOMAIN " + name));
            case TYPE:
                return List.of(SqlStatement.of("DROP TYPE " + name));
            default:
                return super.drop(object, ctx);
        }
    }
}
