package dev.tidemark.cli.db;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The real databases tests run against: PostgreSQL and MariaDB from TIDEMARK_TEST_POSTGRES_URL and
 * TIDEMARK_TEST_MARIADB_URL (set by .ci/run; on a developer machine they default to the local
 * servers), and H2 in memory. Each test gets a scratch schema (PostgreSQL) or database (MariaDB)
 * of its own. When a server cannot be reached the test is skipped with the reason, except in CI
 * (CI=true), where it fails: CI never passes by skipping.
 */
public final class TestDatabases {
    /** The databases with a server or an embedded engine here. */
    public static final List<String> ALL = List.of("postgresql", "mariadb", "h2");

    private TestDatabases() {
    }

    /** The JDBC URL of a database's server (without a scratch schema). */
    public static String baseUrl(String db) {
        switch (db) {
            case "postgresql":
                return env("TIDEMARK_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
            case "mariadb":
                return env("TIDEMARK_TEST_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/test?user=root");
            case "h2":
                return "jdbc:h2:mem:tidemark_base;DB_CLOSE_DELAY=-1";
            default:
                throw new IllegalArgumentException(db);
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    /** A fresh, empty scratch area on {@code db}; close it to drop it. */
    public static Scratch scratch(String db) {
        String name = "tm_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try {
            switch (db) {
                case "postgresql": {
                    try (Connection c = connect(baseUrl(db)); Statement st = c.createStatement()) {
                        st.execute("CREATE SCHEMA " + name);
                    }
                    return new Scratch(db, name, withParam(baseUrl(db), "currentSchema", name));
                }
                case "mariadb": {
                    try (Connection c = connect(baseUrl(db)); Statement st = c.createStatement()) {
                        st.execute("CREATE DATABASE " + name);
                    }
                    return new Scratch(db, name, withDatabase(baseUrl(db), name));
                }
                case "h2":
                    return new Scratch(db, name, "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
                default:
                    throw new IllegalArgumentException(db);
            }
        } catch (SQLException e) {
            unreachable(db, e);
            throw new IllegalStateException("unreachable");
        }
    }

    /**
     * Like {@link #scratch}, but on PostgreSQL a whole scratch database (with its own {@code public}
     * schema) instead of a schema: for changelogs that name {@code schemaName: public}. MariaDB and
     * H2 scratch areas are whole databases already.
     */
    public static Scratch scratchDatabase(String db) {
        if (!db.equals("postgresql")) {
            return scratch(db);
        }
        String name = "tm_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try {
            try (Connection c = connect(baseUrl(db)); Statement st = c.createStatement()) {
                st.execute("CREATE DATABASE " + name);
            }
            return new Scratch(db, name, withDatabase(baseUrl(db), name), true);
        } catch (SQLException e) {
            unreachable(db, e);
            throw new IllegalStateException("unreachable");
        }
    }

    /** The URL with its database (the last path segment) replaced. */
    private static String withDatabase(String base, String database) {
        int q = base.indexOf('?');
        String path = q < 0 ? base : base.substring(0, q);
        return path.substring(0, path.lastIndexOf('/') + 1) + database + (q < 0 ? "" : base.substring(q));
    }

    private static String withParam(String url, String key, String value) {
        return url + (url.contains("?") ? "&" : "?") + key + "=" + value;
    }

    static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url);
    }

    private static void unreachable(String db, SQLException e) {
        String reason = db + " is not reachable at " + redact(baseUrl(db)) + ": " + e.getMessage();
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("CI needs " + reason);
        }
        assumeTrue(false, "skipped: " + reason);
    }

    /** The URL without a password parameter, for messages. */
    static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    /** A scratch schema or database; closing it drops everything in it. */
    public static final class Scratch implements AutoCloseable {
        private final String db;
        private final String name;
        private final String url;
        /** A PostgreSQL scratch database rather than a schema. */
        private final boolean database;

        Scratch(String db, String name, String url) {
            this(db, name, url, false);
        }

        Scratch(String db, String name, String url, boolean database) {
            this.db = db;
            this.name = name;
            this.url = url;
            this.database = database;
        }

        public String db() {
            return db;
        }

        /** The schema or database (PostgreSQL), database (MariaDB) or in-memory database (H2) name. */
        public String name() {
            return name;
        }

        /** A JDBC URL whose default schema is the scratch area. */
        public String url() {
            return url;
        }

        public Connection connect() throws SQLException {
            return TestDatabases.connect(url);
        }

        /** The scratch schema as metadata reports it (H2's PUBLIC; public in a PostgreSQL scratch database). */
        public String schemaForMetadata() {
            switch (db) {
                case "postgresql":
                    return database ? "public" : name;
                case "h2":
                    return "PUBLIC";
                default:
                    return null;
            }
        }

        /** The catalog to use in DatabaseMetaData calls (MariaDB puts databases there). */
        public String catalogForMetadata() {
            return db.equals("mariadb") ? name : null;
        }

        @Override
        public void close() throws SQLException {
            switch (db) {
                case "postgresql":
                    try (Connection c = TestDatabases.connect(baseUrl(db)); Statement st = c.createStatement()) {
                        st.execute(database ? "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"
                                : "DROP SCHEMA IF EXISTS " + name + " CASCADE");
                    }
                    break;
                case "mariadb":
                    try (Connection c = TestDatabases.connect(baseUrl(db)); Statement st = c.createStatement()) {
                        st.execute("DROP DATABASE IF EXISTS " + name);
                    }
                    break;
                default:
                    try (Connection c = TestDatabases.connect(url); Statement st = c.createStatement()) {
                        st.execute("SHUTDOWN");
                    }
            }
        }

        @Override
        public String toString() {
            return db + ":" + name.toLowerCase(Locale.ROOT);
        }
    }
}
