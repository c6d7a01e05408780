package dev.tidemark.cli.apply;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** Reads what an update left in an {@link Area}: history rows, the lock row, tables and values. */
final class Inspection {
    private Inspection() {
    }

    /** One DATABASECHANGELOG row, every column. */
    record Row(String id, String author, String filename, Timestamp dateExecuted, int orderExecuted, String execType,
            String md5sum, String description, String comments, String tag, String liquibase, String contexts,
            String labels, String deploymentId) {
    }

    /** The DATABASECHANGELOGLOCK row. */
    record LockRow(int id, boolean locked, Timestamp granted, String lockedBy) {
    }

    /** The history in ORDEREXECUTED order (empty when the table is missing). */
    static List<Row> history(Area s) throws SQLException {
        List<Row> rows = new ArrayList<>();
        if (!tables(s).contains("databasechangelog")) {
            return rows;
        }
        try (Connection c = s.connect(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, EXECTYPE, MD5SUM,"
                        + " DESCRIPTION, COMMENTS, TAG, LIQUIBASE, CONTEXTS, LABELS, DEPLOYMENT_ID FROM DATABASECHANGELOG"
                        + " ORDER BY ORDEREXECUTED")) {
            while (rs.next()) {
                rows.add(new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4), rs.getInt(5),
                        rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                        rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14)));
            }
        }
        return rows;
    }

    /** The ids of the history rows in ORDEREXECUTED order. */
    static List<String> historyIds(Area s) throws SQLException {
        return history(s).stream().map(Row::id).toList();
    }

    static LockRow lock(Area s) throws SQLException {
        try (Connection c = s.connect(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT ID, LOCKED, LOCKGRANTED, LOCKEDBY FROM DATABASECHANGELOGLOCK")) {
            if (!rs.next()) {
                throw new AssertionError("no lock row in " + s);
            }
            LockRow row = new LockRow(rs.getInt(1), rs.getBoolean(2), rs.getTimestamp(3), rs.getString(4));
            if (rs.next()) {
                throw new AssertionError("more than one lock row in " + s);
            }
            return row;
        }
    }

    /** Table and view names of the scratch area, lower-cased, through DatabaseMetaData. */
    static Set<String> tables(Area s) throws SQLException {
        Set<String> out = new TreeSet<>();
        try (Connection c = s.connect()) {
            DatabaseMetaData md = c.getMetaData();
            try (ResultSet rs = md.getTables(s.catalog(), s.schema(), "%", new String[] {"TABLE", "VIEW", "BASE TABLE"})) {
                while (rs.next()) {
                    out.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
                }
            }
        }
        return out;
    }

    /** Column names of a table, lower-cased. */
    static Set<String> columns(Area s, String table) throws SQLException {
        Set<String> out = new TreeSet<>();
        try (Connection c = s.connect()) {
            DatabaseMetaData md = c.getMetaData();
            for (String candidate : List.of(table, table.toUpperCase(Locale.ROOT))) {
                try (ResultSet rs = md.getColumns(s.catalog(), s.schema(), candidate, "%")) {
                    while (rs.next()) {
                        out.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        return out;
    }

    /** The first column of a query, as ints, in the query's order. */
    static List<Integer> ints(Area s, String sql) throws SQLException {
        List<Integer> out = new ArrayList<>();
        try (Connection c = s.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getInt(1));
            }
        }
        return out;
    }

    static void execute(Area s, String sql) throws SQLException {
        try (Connection c = s.connect(); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    /** A file of src/test/resources/apply. */
    static Path resource(String name) {
        try {
            return Path.of(Inspection.class.getResource("/apply/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("test resource apply/" + name + " is missing", e);
        }
    }

    /** The folder of src/test/resources/apply, as a search path. */
    static String resources() {
        return resource("concurrent.yaml").getParent().toString();
    }

    /** changelogs/examples, from the module folder (surefire's working directory) or the repository root. */
    static Path examples() {
        for (Path candidate : List.of(Path.of("..", "changelogs", "examples"), Path.of("changelogs", "examples"))) {
            if (Files.isRegularFile(candidate.resolve("changelog.yaml"))) {
                return candidate.toAbsolutePath().normalize();
            }
        }
        throw new IllegalStateException("changelogs/examples not found from " + Path.of("").toAbsolutePath());
    }

    /** The 1-based line of the {@code - changeSet:} entry whose id line is {@code id: "<id>"}. */
    static int changeSetLine(Path changelog, String id) throws java.io.IOException {
        List<String> lines = Files.readAllLines(changelog);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).trim().equals("id: \"" + id + "\"")) {
                return i; // the line before, 1-based
            }
        }
        throw new IllegalStateException("no changeset " + id + " in " + changelog);
    }
}
