// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.cli;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.tidemark.dialect.Dialect;
import dev.tidemark.dialect.Dialects;
import dev.tidemark.error.ErrorCode;
import dev.tidemark.error.TidemarkException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * A connection pool of two to the target database (one session holds the lock for the whole run,
 * one works) and its dialect. Closed on every exit path. The URL shown to users never carries a
 * password.
 */
final class Database implements AutoCloseable {
    /** The embedded default: an H2 file database in ./.tidemark/ (other programs may connect through H2's auto-server mode; Tidemark processes take turns, see H2FileLock). */
    static final String EMBEDDED_URL = "jdbc:h2:file:./.tidemark/tidemark;AUTO_SERVER=TRUE";

    private final HikariDataSource pool;
    private final String displayUrl;
    private final String url;
    private final H2FileLock fileLock;
    // Set from one thread at a time: readFor() reaches the database on another thread and joins it
    // before this thread touches them (the join orders the accesses).
    private Connection lockSession;
    private Connection work;
    private Dialect dialect;

    private Database(HikariDataSource pool, String displayUrl, String url, H2FileLock fileLock) {
        this.pool = pool;
        this.displayUrl = displayUrl;
        this.url = url;
        this.fileLock = fileLock;
    }

    /** The database short name the JDBC URL names (jdbc:postgresql: is postgresql), if it is a known one. */
    java.util.Optional<String> urlDbms() {
        return Dialects.shortNameOfJdbcUrl(url);
    }

    /** Connects to --url (or the embedded H2 database, saying so). */
    static Database open(Settings settings, Console console) {
        String url = settings.optionalUrl().orElse(null);
        if (url == null) {
            try {
                Files.createDirectories(Path.of(".tidemark"));
            } catch (java.io.IOException e) {
                throw new TidemarkException(ErrorCode.CONNECTION_FAILED, "cannot create ./.tidemark/: " + e.getMessage());
            }
            console.note("No --url given: using the embedded H2 database in ./.tidemark/");
            url = EMBEDDED_URL;
        }
        if (Dialects.isOffline(url)) {
            throw new TidemarkException(ErrorCode.USAGE, "this command needs a live database, not " + url);
        }
        String display = redact(url);
        HikariConfig config = new HikariConfig();
        java.util.Optional<DriverDataSource> direct = DriverDataSource.of(url, settings.driver(), display);
        if (direct.isPresent()) {
            config.setDataSource(direct.get());
        } else {
            config.setJdbcUrl(url);
        }
        config.setPoolName("tidemark");
        config.setMaximumPoolSize(2);
        config.setMinimumIdle(0);
        config.setConnectionTimeout(30_000);
        config.setInitializationFailTimeout(-1);
        settings.username().ifPresent(config::setUsername);
        settings.password().ifPresent(config::setPassword);
        settings.defaultSchema().ifPresent(config::setSchema);
        // An H2 file database is opened by one Tidemark process at a time (see H2FileLock).
        H2FileLock fileLock = H2FileLock.databaseFile(url).map(f -> H2FileLock.acquire(f, settings.lockWait(), console::note))
                .orElse(null);
        try {
            return new Database(new HikariDataSource(config), display, url, fileLock);
        } catch (RuntimeException e) {
            if (fileLock != null) {
                fileLock.close();
            }
            throw new TidemarkException(ErrorCode.CONNECTION_FAILED, null, "cannot connect to " + display + ": "
                    + rootMessage(e), null);
        }
    }

    Connection lockSession() {
        if (lockSession == null) {
            lockSession = connect();
        }
        return lockSession;
    }

    Connection work() {
        if (work == null) {
            work = connect();
        }
        return work;
    }

    Dialect dialect() {
        if (dialect == null) {
            try {
                dialect = Dialects.detect(work().getMetaData());
            } catch (SQLException e) {
                throw new TidemarkException(ErrorCode.CONNECTION_FAILED, null, "cannot read " + displayUrl + "'s metadata: "
                        + e.getMessage(), null);
            }
        }
        return dialect;
    }

    /** The URL as it may be shown: no password. */
    String displayUrl() {
        return displayUrl;
    }

    private Connection connect() {
        try {
            return pool.getConnection();
        } catch (SQLException e) {
            throw new TidemarkException(ErrorCode.CONNECTION_FAILED, null, "cannot connect to " + displayUrl + ": "
                    + rootMessage(e), null);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return String.valueOf(t.getMessage()).replaceAll("(?i)password=[^&;\\s]*", "password=***");
    }

    /** A URL without its password (in query parameters, H2 options or user:password@ form). */
    static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***").replaceAll("//([^/:@]+):([^@/]*)@", "//$1:***@");
    }

    @Override
    public void close() {
        closeQuietly(lockSession);
        closeQuietly(work);
        pool.close();
        if (fileLock != null) {
            fileLock.close();
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                // closing a pooled connection after a failure; the failure itself was reported
            }
        }
    }
}
