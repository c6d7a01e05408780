// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.bench.compare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * One database server (or embedded engine) the comparison runs on: it creates a fresh, empty
 * database per run, copies a prepared one, and drops them again. Database names are the harness's
 * own ({@code tmb_...}); nothing else on the server is touched.
 */
abstract class BenchDb {
    private final String key;
    private String version;

    BenchDb(String key) {
        this.key = key;
    }

    /** {@code postgresql}, {@code mariadb}, {@code h2}: Tidemark's dialect name. */
    final String key() {
        return key;
    }

    /** The server's product and version, e.g. {@code PostgreSQL 15.14}. */
    final String describe() throws SQLException {
        if (version == null) {
            try (Connection c = admin()) {
                DatabaseMetaData md = c.getMetaData();
                version = md.getDatabaseProductName() + " " + md.getDatabaseProductVersion();
            }
        }
        return version;
    }

    /** Tidemark's dialect at the server's major.minor version: {@code postgresql:15.14}. */
    final String dialectSpec() throws SQLException {
        try (Connection c = admin()) {
            DatabaseMetaData md = c.getMetaData();
            return key + ":" + md.getDatabaseMajorVersion() + "." + md.getDatabaseMinorVersion();
        }
    }

    /** Liquibase's offline URL for this database's dialect and version. */
    final String offlineUrl() throws SQLException {
        String spec = dialectSpec();
        return "offline:" + key + "?version=" + spec.substring(spec.indexOf(':') + 1);
    }

    /** A connection to the server outside the harness's databases (to create and drop them). */
    abstract Connection admin() throws SQLException;

    /** The JDBC URL of database {@code name}, which the tools get. */
    abstract String url(String name);

    /** Creates an empty database {@code name} (dropping a leftover of that name). */
    abstract void create(String name) throws SQLException, IOException;

    /** Drops database {@code name} if it exists. */
    abstract void drop(String name) throws SQLException, IOException;

    /** Creates database {@code name} as a copy of {@code base}, schema and rows. */
    abstract void copy(String base, String name) throws SQLException, IOException, InterruptedException;

    /** Runs one statement in database {@code name}. */
    final void execute(String name, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url(name)); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    static BenchDb named(String key, Options options) {
        switch (key.toLowerCase(Locale.ROOT)) {
            case "postgresql":
                return new Postgres(options.pgUrl());
            case "mariadb":
                return new MariaDb(options.mariadbUrl());
            case "h2":
                return new H2(options.work().resolve("h2"));
            default:
                throw new IllegalArgumentException("unknown database " + key + "; known: postgresql, mariadb, h2");
        }
    }

    /** The JDBC URL {@code base} ({@code jdbc:...//host:port/db?params}) with another database name. */
    static String withDatabase(String base, String name) {
        int slash = base.indexOf('/', base.indexOf("//") + 2);
        int query = base.indexOf('?', slash);
        return base.substring(0, slash + 1) + name + (query < 0 ? "" : base.substring(query));
    }

    /** PostgreSQL: CREATE DATABASE per run; copies through CREATE DATABASE ... TEMPLATE. */
    static final class Postgres extends BenchDb {
        private final String adminUrl;

        Postgres(String adminUrl) {
            super("postgresql");
            this.adminUrl = adminUrl;
        }

        @Override
        Connection admin() throws SQLException {
            return DriverManager.getConnection(adminUrl);
        }

        @Override
        String url(String name) {
            return withDatabase(adminUrl, name);
        }

        @Override
        void create(String name) throws SQLException {
            drop(name);
            run("CREATE DATABASE " + name);
        }

        @Override
        void drop(String name) throws SQLException {
            run("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }

        @Override
        void copy(String base, String name) throws SQLException {
            drop(name);
            run("CREATE DATABASE " + name + " TEMPLATE " + base);
        }

        private void run(String sql) throws SQLException {
            try (Connection c = admin(); Statement st = c.createStatement()) {
                st.execute(sql);
            }
        }
    }

    /** MariaDB: CREATE DATABASE per run; copies through mariadb-dump piped into mariadb. */
    static final class MariaDb extends BenchDb {
        private final String adminUrl;

        MariaDb(String adminUrl) {
            super("mariadb");
            this.adminUrl = adminUrl;
        }

        @Override
        Connection admin() throws SQLException {
            return DriverManager.getConnection(adminUrl);
        }

        @Override
        String url(String name) {
            return withDatabase(adminUrl, name);
        }

        @Override
        void create(String name) throws SQLException {
            drop(name);
            run("CREATE DATABASE " + name);
        }

        @Override
        void drop(String name) throws SQLException {
            run("DROP DATABASE IF EXISTS " + name);
        }

        @Override
        void copy(String base, String name) throws SQLException, IOException, InterruptedException {
            create(name);
            String host = adminUrl.replaceFirst("^jdbc:mariadb://([^:/]+).*$", "$1");
            String port = adminUrl.matches("^jdbc:mariadb://[^:/]+:(\\d+).*$")
                    ? adminUrl.replaceFirst("^jdbc:mariadb://[^:/]+:(\\d+).*$", "$1") : "3306";
            String user = adminUrl.matches(".*[?&]user=([^&]+).*") ? adminUrl.replaceFirst(".*[?&]user=([^&]+).*", "$1") : "root";
            String client = "-h " + host + " -P " + port + " -u " + user;
            Process p = new ProcessBuilder("bash", "-o", "pipefail", "-c",
                    "mariadb-dump " + client + " --single-transaction " + base + " | mariadb " + client + " " + name)
                    .redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes());
            if (p.waitFor() != 0) {
                throw new IOException("copying database " + base + " into " + name + " failed: " + output);
            }
        }

        private void run(String sql) throws SQLException {
            try (Connection c = admin(); Statement st = c.createStatement()) {
                st.execute(sql);
            }
        }
    }

    /** H2 embedded: a fresh folder per run holds the database file; copies copy the folder. */
    static final class H2 extends BenchDb {
        private final Path root;

        H2(Path root) {
            super("h2");
            this.root = root;
        }

        @Override
        Connection admin() throws SQLException {
            return DriverManager.getConnection("jdbc:h2:mem:admin");
        }

        @Override
        String url(String name) {
            return "jdbc:h2:file:" + root.resolve(name).resolve("db").toAbsolutePath();
        }

        @Override
        void create(String name) throws IOException {
            drop(name);
            Files.createDirectories(root.resolve(name));
        }

        @Override
        void drop(String name) throws IOException {
            deleteTree(root.resolve(name));
        }

        /** Deletes {@code dir} and everything in it, if it exists. */
        static void deleteTree(Path dir) throws IOException {
            if (Files.exists(dir)) {
                try (Stream<Path> all = Files.walk(dir)) {
                    for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
        }

        @Override
        void copy(String base, String name) throws IOException {
            create(name);
            try (Stream<Path> files = Files.list(root.resolve(base))) {
                for (Path f : files.toList()) {
                    if (!f.getFileName().toString().endsWith(".lock.db")) {
                        Files.copy(f, root.resolve(name).resolve(f.getFileName()));
                    }
                }
            }
        }
    }

    /** Names the harness creates: lower case letters, digits and underscores. */
    static String safeName(String... parts) {
        String joined = String.join("_", List.of(parts)).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        return joined.length() <= 60 ? joined : joined.substring(0, 60);
    }
}
