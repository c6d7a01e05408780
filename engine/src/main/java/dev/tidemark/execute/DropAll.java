// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.execute;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.dialect.QuotingStrategy;
import dev.tidemark.error.ErrorCode;
import dev.tidemark.error.TidemarkException;
import dev.tidemark.model.SourceLocation;
import dev.tidemark.model.change.Change;
import dev.tidemark.model.change.DropForeignKeyConstraint;
import dev.tidemark.model.change.DropSequence;
import dev.tidemark.model.change.DropTable;
import dev.tidemark.model.change.DropView;
import dev.tidemark.model.meta.RecordShape;
import dev.tidemark.sql.ChangeRenderer;
import dev.tidemark.sql.RenderContext;
import dev.tidemark.sql.SqlStatement;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Drops every foreign key, view, table and sequence in the session's schema (drop-all). The
 * objects are found in the database catalog (JDBC metadata) and dropped with the dialect's own
 * statements, rendered from dropForeignKeyConstraint, dropView, dropTable and dropSequence changes
 * with every name quoted exactly as the catalog spells it. Foreign keys go first, so tables drop
 * in any order; views that depend on views are retried until nothing more can be dropped.
 */
public final class DropAll {
    private static final SourceLocation INTERNAL = SourceLocation.ofFile("(drop-all)");
    /** Where the driver lists no sequences (H2): the standard information schema, read with bind parameters. */
    private static final String STANDARD_SEQUENCES = "SELECT SEQUENCE_NAME FROM INFORMATION_SCHEMA.SEQUENCES WHERE SEQUENCE_SCHEMA = ?";

    /** What was dropped ("table PERSON"), in order, and what could not be looked at. */
    public record Result(List<String> dropped, List<String> notes) {
        public Result {
            dropped = List.copyOf(dropped);
            notes = List.copyOf(notes);
        }
    }

    private final Dialect dialect;
    private final ChangeRenderer renderer;

    public DropAll(Dialect dialect) {
        this.dialect = dialect;
        RenderContext exact = new RenderContext(dialect, null, QuotingStrategy.QUOTE_ALL_OBJECTS, (path, relative, from) -> {
            throw new IllegalStateException("drop statements read no files");
        }, UnaryOperator.identity(), false);
        this.renderer = new ChangeRenderer(exact);
    }

    /**
     * Drops everything in the session's schema except the tables named in {@code keep} (compared
     * case-insensitively): the lock table stays while its lock is held.
     */
    public Result drop(Connection c, Set<String> keep) throws SQLException {
        List<String> dropped = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(true);
        try {
            List<String> tables = names(c, List.of("TABLE", "BASE TABLE")).stream().filter(t -> !kept(t, keep)).toList();
            Map<String, Change> drops = new LinkedHashMap<>();
            for (String[] fk : foreignKeys(c, tables)) {
                drops.put("foreign key " + fk[1] + " on " + fk[0], RecordShape.build(DropForeignKeyConstraint.class, INTERNAL,
                        "baseTableName", fk[0], "constraintName", fk[1]));
            }
            dropInPasses(c, drops, dropped);
            for (String view : names(c, List.of("VIEW"))) {
                drops.put("view " + view, RecordShape.build(DropView.class, INTERNAL, "viewName", view));
            }
            dropInPasses(c, drops, dropped);
            for (String table : tables) {
                drops.put("table " + table, RecordShape.build(DropTable.class, INTERNAL, "tableName", table,
                        "cascadeConstraints", Boolean.TRUE));
            }
            dropInPasses(c, drops, dropped);
            // Read after the tables: PostgreSQL drops the sequences its serial columns own with them.
            for (String sequence : sequences(c, notes)) {
                drops.put("sequence " + sequence, RecordShape.build(DropSequence.class, INTERNAL, "sequenceName", sequence));
            }
            dropInPasses(c, drops, dropped);
        } finally {
            c.setAutoCommit(autoCommit);
        }
        return new Result(dropped, notes);
    }

    /** Drops these tables of the session's schema, where they exist (the lock table, once its lock is released). */
    public List<String> dropTables(Connection c, Set<String> tables) throws SQLException {
        List<String> dropped = new ArrayList<>();
        Map<String, Change> drops = new LinkedHashMap<>();
        for (String table : names(c, List.of("TABLE", "BASE TABLE"))) {
            if (kept(table, tables)) {
                drops.put("table " + table, RecordShape.build(DropTable.class, INTERNAL, "tableName", table));
            }
        }
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(true);
        try {
            dropInPasses(c, drops, dropped);
        } finally {
            c.setAutoCommit(autoCommit);
        }
        return dropped;
    }

    private static boolean kept(String name, Set<String> keep) {
        return keep.stream().anyMatch(k -> k.equalsIgnoreCase(name));
    }

    /** Runs the drops; those that fail are tried again while a pass makes progress (dependent views). */
    private void dropInPasses(Connection c, Map<String, Change> drops, List<String> dropped) {
        SQLException last = null;
        String lastWhat = null;
        while (!drops.isEmpty()) {
            int before = drops.size();
            for (Map.Entry<String, Change> e : new ArrayList<>(drops.entrySet())) {
                try {
                    execute(c, renderer.render(e.getValue()));
                    dropped.add(e.getKey());
                    drops.remove(e.getKey());
                } catch (SQLException failure) {
                    last = failure;
                    lastWhat = e.getKey();
                }
            }
            if (drops.size() == before) {
                throw new TidemarkException(ErrorCode.DATABASE_ERROR, null, "cannot drop " + lastWhat + ": " + last.getMessage()
                        + " [SQLState " + last.getSQLState() + "]; dropped before it: " + dropped.size() + " objects", last);
            }
        }
    }

    private static void execute(Connection c, List<SqlStatement> statements) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (SqlStatement s : statements) {
                st.execute(s.sql());
            }
        }
    }

    /** Object names of these catalog types (upper case) in the session's schema, as the catalog spells them. */
    private List<String> names(Connection c, List<String> types) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        String schema = schemaOf(c);
        List<String> out = new ArrayList<>();
        // All types at once, filtered here: drivers list types (MariaDB's SEQUENCE) that getTableTypes does not name.
        try (ResultSet rs = md.getTables(catalogOf(c), pattern(md, schema), "%", null)) {
            while (rs.next()) {
                String type = rs.getString("TABLE_TYPE");
                if (type != null && types.contains(type.trim().toUpperCase(Locale.ROOT))
                        && (schema == null || schema.equals(rs.getString("TABLE_SCHEM")))) {
                    out.add(rs.getString("TABLE_NAME"));
                }
            }
        }
        return out;
    }

    /** {table, constraint} for each foreign key on these tables. */
    private List<String[]> foreignKeys(Connection c, List<String> tables) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        List<String[]> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String table : tables) {
            try (ResultSet rs = md.getImportedKeys(catalogOf(c), schemaOf(c), table)) {
                while (rs.next()) {
                    String name = rs.getString("FK_NAME");
                    if (name != null && seen.add(table + "\u0000" + name)) {
                        out.add(new String[] {table, name});
                    }
                }
            }
        }
        return out;
    }

    private List<String> sequences(Connection c, List<String> notes) throws SQLException {
        List<String> listed = names(c, List.of("SEQUENCE"));
        if (!listed.isEmpty() || !dialect.capabilities().sequences()) {
            return listed;
        }
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(STANDARD_SEQUENCES)) {
            ps.setString(1, schemaOf(c));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            // MariaDB lists its sequences in the metadata above and has no such view; others may have neither.
            notes.add("no sequences listed in the JDBC metadata of " + dialect.displayName()
                    + ", and INFORMATION_SCHEMA.SEQUENCES cannot be read: " + e.getMessage());
        }
        return out;
    }

    private static String pattern(DatabaseMetaData md, String schema) throws SQLException {
        String escape = md.getSearchStringEscape();
        if (schema == null || escape == null || escape.isEmpty()) {
            return schema;
        }
        return schema.replace(escape, escape + escape).replace("_", escape + "_").replace("%", escape + "%");
    }

    private static String catalogOf(Connection c) {
        try {
            return c.getCatalog();
        } catch (SQLException | AbstractMethodError e) {
            return null;
        }
    }

    private static String schemaOf(Connection c) {
        try {
            return c.getSchema();
        } catch (SQLException | AbstractMethodError e) {
            return null;
        }
    }
}
