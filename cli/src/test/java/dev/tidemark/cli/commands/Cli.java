package dev.tidemark.cli.commands;

import dev.tidemark.cli.Main;
import dev.tidemark.cli.db.TestDatabases;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the tidemark command line in this process, in a working directory of the test's own,
 * against one scratch database; and reads that database back through JDBC.
 */
final class Cli {
    /** What one command line did. */
    record Result(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- out\n" + out + "--- err\n" + err;
        }
    }

    /**
     * A three-changeset changelog: a table, a column, a tag, and another table. Line numbers are
     * pinned by tests (changeset 2 starts on line 10).
     */
    static final String CHANGELOG = String.join("\n",
            "databaseChangeLog:",
            "  - changeSet:",
            "      id: 1",
            "      author: a",
            "      changes:",
            "        - createTable:",
            "            tableName: person",
            "            columns:",
            "              - column: {name: id, type: int}",
            "  - changeSet:",
            "      id: 2",
            "      author: a",
            "      changes:",
            "        - addColumn:",
            "            tableName: person",
            "            columns:",
            "              - column: {name: name, type: varchar(50)}",
            "  - changeSet:",
            "      id: 3",
            "      author: b",
            "      changes:",
            "        - tagDatabase:",
            "            tag: v1",
            "  - changeSet:",
            "      id: 4",
            "      author: b",
            "      changes:",
            "        - createTable:",
            "            tableName: pet",
            "            columns:",
            "              - column: {name: id, type: int}",
            "");

    private final Path dir;
    private final String url;
    private final Map<String, String> environment = new HashMap<>();

    /** @param url the database (null: none given) */
    Cli(Path dir, String url) {
        this.dir = dir;
        this.url = url;
        // Another build may hold a lock of the same name on the shared servers for a moment: look again soon.
        environment.put("TIDEMARK_CHANGELOG_LOCK_POLL_RATE", "0.2");
    }

    Cli env(String name, String value) {
        environment.put(name, value);
        return this;
    }

    Path dir() {
        return dir;
    }

    String url() {
        return url;
    }

    Cli write(String file, String text) {
        try {
            Path p = dir.resolve(file);
            Files.createDirectories(p.getParent());
            Files.writeString(p, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** The command, with --url when this has one, then the arguments. */
    Result run(String command, String... args) {
        List<String> all = new ArrayList<>();
        all.add(command);
        if (url != null) {
            all.add("--url");
            all.add(url);
        }
        all.addAll(List.of(args));
        return raw(all.toArray(new String[0]));
    }

    /** The command line exactly as given. */
    Result raw(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                environment, dir);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Rows of a query on the scratch database, each column as text. */
    static List<List<String>> query(TestDatabases.Scratch db, String sql) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (Connection c = db.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    row.add(rs.getString(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    static void execute(TestDatabases.Scratch db, String sql) throws SQLException {
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    /** A table's columns, upper-cased, in order, from JDBC metadata (the table named as the database folds it). */
    static List<String> columns(TestDatabases.Scratch db, String table) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = db.connect()) {
            for (String spelling : List.of(table, table.toUpperCase(java.util.Locale.ROOT), table.toLowerCase(java.util.Locale.ROOT))) {
                try (ResultSet rs = c.getMetaData().getColumns(db.catalogForMetadata(), db.schemaForMetadata(), spelling, null)) {
                    while (rs.next()) {
                        out.add(rs.getString("COLUMN_NAME").toUpperCase(java.util.Locale.ROOT));
                    }
                }
                if (!out.isEmpty()) {
                    return out;
                }
            }
        }
        return out;
    }

    /** The tables of the scratch area, upper-cased, from JDBC metadata. */
    static List<String> tables(TestDatabases.Scratch db) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = db.connect();
                ResultSet rs = c.getMetaData().getTables(db.catalogForMetadata(), db.schemaForMetadata(), "%", null)) {
            while (rs.next()) {
                String type = rs.getString("TABLE_TYPE");
                if (type.contains("TABLE") && !type.contains("SYSTEM") || type.equals("VIEW") || type.equals("SEQUENCE")) {
                    out.add(rs.getString("TABLE_NAME").toUpperCase(java.util.Locale.ROOT));
                }
            }
        }
        out.sort(null);
        return out;
    }
}
