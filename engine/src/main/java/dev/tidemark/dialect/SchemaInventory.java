// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect;

import dev.tidemark.sql.RenderContext;
import dev.tidemark.sql.SqlStatement;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The objects in one schema (a database on MySQL and MariaDB) that drop-all removes, found in
 * the database catalog, and the statements that drop the kinds no change type drops. This base
 * reads JDBC metadata (foreign keys, views, tables, sequences) for databases without a vendor
 * inventory; vendors override {@link #find} with their own catalog queries (names always bound
 * as parameters) and add their routines and types.
 */
public class SchemaInventory {
    /** Where the driver lists no sequences (H2 before its own inventory): the standard view, schema bound. */
    private static final String STANDARD_SEQUENCES = "SELECT SEQUENCE_NAME FROM INFORMATION_SCHEMA.SEQUENCES WHERE SEQUENCE_SCHEMA = ?";

    /** The kinds of object drop-all knows, with their names in messages. */
    public enum Kind {
        FOREIGN_KEY("foreign key"),
        VIEW("view"),
        MATERIALIZED_VIEW("materialized view"),
        SYNONYM("synonym"),
        TABLE("table"),
        SEQUENCE("sequence"),
        FUNCTION("function"),
        PROCEDURE("procedure"),
        AGGREGATE("aggregate"),
        ALIAS("alias"),
        EVENT("event"),
        DOMAIN("domain"),
        TYPE("type"),
        CONSTANT("constant");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One object, named as the catalog spells it.
     *
     * @param schema    its schema, or null to name it unqualified (in the session's schema)
     * @param table     the table a foreign key belongs to, else null
     * @param arguments the argument types that tell overloaded routines apart (PostgreSQL), else null
     */
    public record SchemaObject(Kind kind, String schema, String name, String table, String arguments) {
        public SchemaObject {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(name, "name");
        }

        public static SchemaObject of(Kind kind, String schema, String name) {
            return new SchemaObject(kind, schema, name, null, null);
        }

        /** The same object named without its schema. */
        public SchemaObject unqualified() {
            return new SchemaObject(kind, null, name, table, arguments);
        }

        /** "table app.person", "foreign key fk_pet on app.pet", "function app.f(integer)". */
        public String describe() {
            String in = schema == null ? "" : schema + ".";
            String where = table == null ? in + name : name + " on " + in + table;
            return kind.label() + " " + where + (arguments == null ? "" : "(" + arguments + ")");
        }
    }

    protected final Dialect dialect;

    public SchemaInventory(Dialect dialect) {
        this.dialect = dialect;
    }

    /** Every schema the connection can see (databases on MySQL and MariaDB), as the catalog spells them. */
    public List<String> schemas(Connection c) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        List<String> out = new ArrayList<>();
        boolean schemas = md.supportsSchemasInTableDefinitions();
        try (ResultSet rs = schemas ? md.getSchemas() : md.getCatalogs()) {
            while (rs.next()) {
                out.add(rs.getString(schemas ? "TABLE_SCHEM" : "TABLE_CAT"));
            }
        }
        return out;
    }

    /** The session's schema (its database on MySQL and MariaDB), or null when the driver cannot say. */
    public String currentSchema(Connection c) throws SQLException {
        return c.getMetaData().supportsSchemasInTableDefinitions() ? c.getSchema() : c.getCatalog();
    }

    /**
     * The objects of one kind in {@code schema}; kinds the database does not have give none.
     * What could not be looked at is told to {@code notes}.
     */
    public List<SchemaObject> find(Connection c, String schema, Kind kind, Consumer<String> notes) throws SQLException {
        switch (kind) {
            case FOREIGN_KEY:
                return foreignKeys(c, schema);
            case VIEW:
                return tablesOfType(c, schema, Kind.VIEW, List.of("VIEW"));
            case TABLE:
                return tablesOfType(c, schema, Kind.TABLE, List.of("TABLE", "BASE TABLE"));
            case SEQUENCE:
                return sequences(c, schema, notes);
            default:
                return List.of();
        }
    }

    /**
     * The statements that drop an object no change type drops (routines, types, materialized
     * views...), every name quoted as {@code ctx} says.
     */
    public List<SqlStatement> drop(SchemaObject object, RenderContext ctx) {
        throw new IllegalStateException(dialect.displayName() + " lists no " + object.kind().label() + " objects to drop");
    }

    /** Rows of a catalog query, each column as text, the parameters bound as strings. */
    protected static List<String[]> rows(Connection c, String sql, String... parameters) throws SQLException {
        List<String[]> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setString(i + 1, parameters[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    String[] row = new String[n];
                    for (int i = 0; i < n; i++) {
                        row[i] = rs.getString(i + 1);
                    }
                    out.add(row);
                }
            }
        }
        return out;
    }

    /** The objects named in the first column of a catalog query. */
    protected static List<SchemaObject> named(Connection c, Kind kind, String schema, String sql, String... parameters)
            throws SQLException {
        List<SchemaObject> out = new ArrayList<>();
        for (String[] row : rows(c, sql, parameters)) {
            out.add(SchemaObject.of(kind, schema, row[0]));
        }
        return out;
    }

    private List<SchemaObject> tablesOfType(Connection c, String schema, Kind kind, List<String> types) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        boolean schemas = md.supportsSchemasInTableDefinitions();
        List<SchemaObject> out = new ArrayList<>();
        // All types at once, filtered here: drivers list types (MariaDB's SEQUENCE) that getTableTypes does not name.
        try (ResultSet rs = schemas ? md.getTables(c.getCatalog(), pattern(md, schema), "%", null)
                : md.getTables(schema, null, "%", null)) {
            while (rs.next()) {
                String type = rs.getString("TABLE_TYPE");
                String in = rs.getString(schemas ? "TABLE_SCHEM" : "TABLE_CAT");
                if (type != null && types.contains(type.trim().toUpperCase(Locale.ROOT)) && schema.equals(in)) {
                    out.add(SchemaObject.of(kind, schema, rs.getString("TABLE_NAME")));
                }
            }
        }
        return out;
    }

    private List<SchemaObject> foreignKeys(Connection c, String schema) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        boolean schemas = md.supportsSchemasInTableDefinitions();
        Set<SchemaObject> out = new LinkedHashSet<>();
        for (SchemaObject table : tablesOfType(c, schema, Kind.TABLE, List.of("TABLE", "BASE TABLE"))) {
            try (ResultSet rs = schemas ? md.getImportedKeys(c.getCatalog(), schema, table.name())
                    : md.getImportedKeys(schema, null, table.name())) {
                while (rs.next()) {
                    String name = rs.getString("FK_NAME");
                    if (name != null) {
                        out.add(new SchemaObject(Kind.FOREIGN_KEY, schema, name, table.name(), null));
                    }
                }
            }
        }
        return new ArrayList<>(out);
    }

    private List<SchemaObject> sequences(Connection c, String schema, Consumer<String> notes) throws SQLException {
        List<SchemaObject> listed = new ArrayList<>();
        for (SchemaObject o : tablesOfType(c, schema, Kind.SEQUENCE, List.of("SEQUENCE"))) {
            listed.add(SchemaObject.of(Kind.SEQUENCE, schema, o.name()));
        }
        if (!listed.isEmpty() || !dialect.capabilities().sequences()) {
            return listed;
        }
        try {
            return named(c, Kind.SEQUENCE, schema, STANDARD_SEQUENCES, schema);
        } catch (SQLException e) {
            notes.accept("no sequences listed in the JDBC metadata of " + dialect.displayName()
                    + ", and INFORMATION_SCHEMA.SEQUENCES cannot be read: " + e.getMessage());
            return List.of();
        }
    }

    private static String pattern(DatabaseMetaData md, String schema) throws SQLException {
        String escape = md.getSearchStringEscape();
        if (escape == null || escape.isEmpty()) {
            return schema;
        }
        return schema.replace(escape, escape + escape).replace("_", escape + "_").replace("%", escape + "%");
    }
}
