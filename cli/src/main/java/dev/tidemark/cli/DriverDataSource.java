// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.cli;

import dev.tidemark.error.ErrorCode;
import dev.tidemark.error.TidemarkException;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Connections from one JDBC driver, chosen by {@code --driver} or by the URL's prefix, without
 * {@link java.sql.DriverManager}. DriverManager loads every driver on the class path the first time
 * it is asked; the Oracle driver alone then starts JMX, which costs a short run more than the
 * connection does. A {@code jdbc:mysql:} URL goes to MariaDB Connector/J (the driver shipped for
 * MySQL too), which accepts that scheme only when asked to.
 */
final class DriverDataSource implements DataSource {
    private static final Map<String, String> DRIVERS = Map.of(
            "jdbc:postgresql:", "org.postgresql.Driver",
            "jdbc:mariadb:", "org.mariadb.jdbc.Driver",
            "jdbc:mysql:", "org.mariadb.jdbc.Driver",
            "jdbc:h2:", "org.h2.Driver",
            "jdbc:oracle:", "oracle.jdbc.OracleDriver");

    private final Driver driver;
    private final String url;
    private final String shownUrl;

    private DriverDataSource(Driver driver, String url, String shownUrl) {
        this.driver = driver;
        this.url = url;
        this.shownUrl = shownUrl;
    }

    /**
     * A data source for {@code url}: the named driver class, or the shipped driver its prefix names;
     * empty when neither applies (the URL is then left to DriverManager).
     */
    static Optional<DriverDataSource> of(String url, Optional<String> driverClass, String shownUrl) {
        Optional<String> className = driverClass.or(() -> shippedDriver(url));
        if (className.isEmpty()) {
            return Optional.empty();
        }
        Driver driver = load(className.get());
        String effective = url;
        if (url.regionMatches(true, 0, "jdbc:mysql:", 0, 11) && driver.getClass().getName().startsWith("org.mariadb.")
                && !url.contains("permitMysqlScheme")) {
            effective = url + (url.indexOf('?') < 0 ? "?" : "&") + "permitMysqlScheme";
        }
        return Optional.of(new DriverDataSource(driver, effective, shownUrl));
    }

    /** The driver shipped in the CLI for a URL's prefix. */
    static Optional<String> shippedDriver(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return DRIVERS.entrySet().stream().filter(e -> lower.startsWith(e.getKey())).map(Map.Entry::getValue).findFirst();
    }

    private static Driver load(String className) {
        try {
            return (Driver) Class.forName(className).getDeclaredConstructor().newInstance();
        } catch (ClassNotFoundException e) {
            throw new TidemarkException(ErrorCode.CONNECTION_FAILED, null, "cannot load the JDBC driver " + className
                    + ": it is not on the class path (the CLI ships PostgreSQL, MariaDB/MySQL, H2 and Oracle drivers)", e);
        } catch (ReflectiveOperationException | ClassCastException | LinkageError e) {
            throw new TidemarkException(ErrorCode.CONNECTION_FAILED, null, "cannot load the JDBC driver " + className
                    + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        return connect(new Properties());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        Properties p = new Properties();
        if (username != null) {
            p.setProperty("user", username);
        }
        if (password != null) {
            p.setProperty("password", password);
        }
        return connect(p);
    }

    private Connection connect(Properties properties) throws SQLException {
        Connection c = driver.connect(url, properties);
        if (c == null) {
            throw new SQLException("the driver " + driver.getClass().getName() + " does not accept " + shownUrl, "08001");
        }
        return c;
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        throw new UnsupportedOperationException("no JDBC log writer: Tidemark never logs connection details");
    }

    @Override
    public void setLoginTimeout(int seconds) {
        // Hikari sets its connection timeout here; the drivers take theirs from the URL or properties
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("no java.util.logging parent logger");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("not a wrapper for " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
