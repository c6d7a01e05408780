// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect;

import dev.tidemark.dialect.h2.H2Dialect;
import dev.tidemark.dialect.mysql.MariaDbDialect;
import dev.tidemark.dialect.mysql.MySqlDialect;
import dev.tidemark.dialect.oracle.OracleDialect;
import dev.tidemark.dialect.postgres.PostgresDialect;
import dev.tidemark.error.ErrorCode;
import dev.tidemark.error.TidemarkException;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The supported databases, and how to pick one: by short name, from a JDBC URL, from a live
 * connection's metadata, or from Liquibase's offline URL ({@code offline:postgresql?version=15}).
 * A new dialect is one entry here plus its package.
 */
public final class Dialects {
    /** A supported database: its short name, the version assumed offline, and its constructor. */
    private record Entry(String shortName, String defaultVersion, Function<DatabaseVersion, Dialect> factory) {
    }

    private static final List<Entry> ENTRIES = List.of(
            new Entry("postgresql", "16.0", PostgresDialect::new),
            new Entry("mysql", "8.0", MySqlDialect::new),
            new Entry("mariadb", "10.11", MariaDbDialect::new),
            new Entry("oracle", "19.0", OracleDialect::new),
            new Entry("h2", "2.2", H2Dialect::new));

    private Dialects() {
    }

    /** The short names, in a stable order. */
    public static List<String> names() {
        return ENTRIES.stream().map(Entry::shortName).toList();
    }

    /** A dialect by short name at a version (null: the offline default). */
    public static Dialect named(String shortName, DatabaseVersion version) {
        Entry e = entry(shortName).orElseThrow(() -> new TidemarkException(ErrorCode.USAGE,
                "unknown database '" + shortName + "'; supported: " + String.join(", ", names())));
        return e.factory().apply(version != null ? version : DatabaseVersion.parse(e.defaultVersion()));
    }

    private static Optional<Entry> entry(String shortName) {
        String s = shortName.toLowerCase(Locale.ROOT);
        return ENTRIES.stream().filter(e -> e.shortName().equals(s)).findFirst();
    }

    /** Whether the URL is Liquibase's offline form. */
    public static boolean isOffline(String url) {
        return url != null && url.startsWith("offline:");
    }

    /** The dialect of {@code offline:<db>[?version=<v>&...]}. Other parameters are accepted and ignored. */
    public static Dialect offline(String url) {
        String rest = url.substring("offline:".length());
        int q = rest.indexOf('?');
        String name = q < 0 ? rest : rest.substring(0, q);
        DatabaseVersion version = null;
        if (q >= 0) {
            for (String pair : rest.substring(q + 1).split("&")) {
                String[] kv = pair.split("=", 2);
                if (kv.length == 2 && kv[0].equalsIgnoreCase("version")) {
                    try {
                        version = DatabaseVersion.parse(kv[1]);
                    } catch (IllegalArgumentException e) {
                        throw new TidemarkException(ErrorCode.USAGE, "bad version in '" + url + "': " + e.getMessage());
                    }
                }
            }
        }
        return named(name, version);
    }

    /** The short name a JDBC URL points at, if it is a supported database. */
    public static Optional<String> shortNameOfJdbcUrl(String url) {
        Map<String, String> prefixes = Map.of("jdbc:postgresql:", "postgresql", "jdbc:mysql:", "mysql",
                "jdbc:mariadb:", "mariadb", "jdbc:oracle:", "oracle", "jdbc:h2:", "h2");
        String lower = url.toLowerCase(Locale.ROOT);
        return prefixes.entrySet().stream().filter(p -> lower.startsWith(p.getKey())).map(Map.Entry::getValue).findFirst();
    }

    /**
     * The dialect of a live connection, from its product name and version. MariaDB Connector/J
     * reports MySQL servers as "MySQL" and MariaDB servers as "MariaDB".
     */
    public static Dialect detect(DatabaseMetaData metaData) throws SQLException {
        String product = metaData.getDatabaseProductName().toLowerCase(Locale.ROOT);
        String versionText = metaData.getDatabaseProductVersion();
        DatabaseVersion version = new DatabaseVersion(metaData.getDatabaseMajorVersion(), metaData.getDatabaseMinorVersion());
        String name;
        if (product.contains("postgres")) {
            name = "postgresql";
        } else if (product.contains("mariadb") || versionText.toLowerCase(Locale.ROOT).contains("mariadb")) {
            name = "mariadb";
        } else if (product.contains("mysql")) {
            name = "mysql";
        } else if (product.contains("oracle")) {
            name = "oracle";
        } else if (product.equals("h2")) {
            name = "h2";
        } else {
            throw new TidemarkException(ErrorCode.USAGE, "unsupported database '" + metaData.getDatabaseProductName()
                    + "'; supported: " + String.join(", ", names()));
        }
        return named(name, version);
    }
}
