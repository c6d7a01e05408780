// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.cli.sql;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tidemark.cli.db.TestDatabases;
import dev.tidemark.dialect.Dialects;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Regression: MySQL-family literals doubled backslashes, so under sql_mode NO_BACKSLASH_ESCAPES
 * (a server, database or session setting) {@code C:\dir} was stored as {@code C:\\dir} and a NUL
 * written {@code \0} as a backslash and a zero. Tidemark's MySQL and MariaDB strings now read the
 * same in both modes, and no value ends its literal in either.
 */
class MariaDbNoBackslashEscapesTest {
    private static final List<String> VALUES = List.of(
            "C:\\new\\table\\",
            "\\'); DELETE FROM victim; --",
            "\\\\ two, \\0 \\Z \\b \\n \\% \\_ %_",
            "O'Reilly -- ''doubled''",
            "é 中文 😀 \\ after",
            "before\u0000after",
            "plain");
    private static final String[] MODES = {"NO_BACKSLASH_ESCAPES", ""};

    @ParameterizedTest(name = "{0} literals")
    @ValueSource(strings = {"mariadb", "mysql"})
    void values_readTheSame_withAndWithoutNoBackslashEscapes(String dialect) throws SQLException {
        try (TestDatabases.Scratch scratch = TestDatabases.scratch("mariadb"); Connection c = scratch.connect();
                Statement st = c.createStatement()) {
            st.execute("CREATE TABLE victim (id INT, mode VARCHAR(30), v VARCHAR(200)) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin");
            st.execute("INSERT INTO victim VALUES (0, 'none', 'keep me')");
            int id = 0;
            for (String mode : MODES) {
                st.execute("SET SESSION sql_mode = '" + mode + "'");
                for (String value : VALUES) {
                    st.execute("INSERT INTO victim VALUES (" + (++id) + ", '" + mode + "', " + literal(dialect, value) + ")");
                }
            }
            List<Executable> checks = new ArrayList<>();
            checks.add(() -> assertEquals(1 + 2 * VALUES.size(), count(st, "SELECT COUNT(*) FROM victim"), "no row was deleted"));
            checks.add(() -> assertEquals(1, count(st, "SELECT COUNT(*) FROM victim WHERE v = 'keep me'")));
            id = 0;
            for (String mode : MODES) {
                for (String value : VALUES) {
                    int row = ++id;
                    checks.add(() -> assertEquals(value, stored(st, row), "stored under sql_mode '" + mode + "'"));
                }
            }
            for (String mode : MODES) {
                st.execute("SET SESSION sql_mode = '" + mode + "'");
                for (String value : VALUES) {
                    int found = count(st, "SELECT COUNT(*) FROM victim WHERE v = " + literal(dialect, value));
                    checks.add(() -> assertEquals(2, found, "where literal under sql_mode '" + mode + "' finds both rows of " + value));
                }
            }
            assertAll(checks);
        }
    }

    private static String literal(String dialect, String value) {
        return Dialects.named(dialect, null).literals().string(value, null);
    }

    private static String stored(Statement st, int id) throws SQLException {
        try (ResultSet rs = st.executeQuery("SELECT v FROM victim WHERE id = " + id)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static int count(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
