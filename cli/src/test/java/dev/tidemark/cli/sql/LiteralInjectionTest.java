// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.cli.sql;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidemark.cli.db.TestDatabases;
import dev.tidemark.dialect.Dialect;
import dev.tidemark.dialect.Dialects;
import dev.tidemark.dialect.QuotingStrategy;
import dev.tidemark.error.ErrorCode;
import dev.tidemark.error.TidemarkException;
import dev.tidemark.model.ColumnConfig;
import dev.tidemark.model.SourceLocation;
import dev.tidemark.model.change.Change;
import dev.tidemark.model.change.Insert;
import dev.tidemark.model.change.Update;
import dev.tidemark.sql.ChangeRenderer;
import dev.tidemark.sql.RenderContext;
import dev.tidemark.sql.ResourceAccess;
import dev.tidemark.sql.SqlStatement;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Values that try to end their literal, start a comment, split a statement or get lost in an
 * encoding go through Tidemark's insert and update on real databases, and come back byte for byte.
 * Both ways Tidemark sends rows are covered: the literal SQL of a script ({@code script=true},
 * executed as plain text) and bind values ({@code script=false}, executed as a prepared batch).
 * The update finds its row through a where parameter holding the same value, so where literals
 * are covered too.
 */
class LiteralInjectionTest {
    private static final SourceLocation AT = new SourceLocation("injection.xml", 1, 1);
    private static final ResourceAccess NO_FILES = (path, relative, from) -> {
        throw new IllegalStateException("these changes read no files");
    };

    /** The hostile values, by name. */
    static Map<String, String> values() {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("quote", "O'Reilly's ''doubled'' '");
        v.put("backslash", "C:\\new\\table\\");
        v.put("backslash-quote", "\\'); DELETE FROM inj; --");
        v.put("double-dash", "a -- not a comment");
        v.put("semicolon", "a; b; DELETE FROM inj;");
        v.put("dollar-quotes", "$$ body $$ and $tag$ x $tag$");
        v.put("block-comment", "/* open comment");
        v.put("block-comment-close", "*/ close */");
        v.put("newline-lf", "line1\nline2\n");
        v.put("newline-crlf", "line1\r\nline2\r\n");
        v.put("tab", "a\tb\t");
        v.put("unicode", "é 中文 😀");
        v.put("placeholders", "? :name :value ${prop} {fn now()}");
        v.put("mysql-escapes", "\\0 \\Z \\b \\% \\_ %_");
        v.put("empty", "");
        v.put("everything", "'\\'--;$$/*\n\r\n\té中文😀*/");
        v.put("long-10000", longValue(10_000));
        return v;
    }

    /** {@code length} characters of ASCII, quotes, backslashes and multi-byte (BMP) characters. */
    private static String longValue(int length) {
        String pattern = "0123456789'\\é中-;\n";
        StringBuilder out = new StringBuilder(length);
        while (out.length() < length) {
            out.append(pattern.charAt(out.length() % pattern.length()));
        }
        return out.toString();
    }

    static Stream<Arguments> databasesAndModes() {
        List<Arguments> out = new ArrayList<>();
        for (String db : TestDatabases.ALL) {
            out.add(Arguments.of(db, true));
            out.add(Arguments.of(db, false));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}, script={1}")
    @MethodSource("databasesAndModes")
    void insertAndUpdate_storeHostileValuesByteForByte(String db, boolean script) throws SQLException {
        try (TestDatabases.Scratch scratch = TestDatabases.scratch(db); Connection c = scratch.connect()) {
            createTable(c, db);
            Dialect dialect = Dialects.detect(c.getMetaData());
            ChangeRenderer renderer = new ChangeRenderer(context(dialect, script));
            Map<String, String> values = values();
            List<String> names = new ArrayList<>(values.keySet());

            int id = 0;
            Map<Integer, String> inserted = new LinkedHashMap<>();
            for (String value : values.values()) {
                id++;
                execute(c, renderer.render(insert(id, value)), script, true);
                inserted.put(id, value);
            }
            assertStored(c, inserted, names, "insert");

            Map<Integer, String> updated = new LinkedHashMap<>();
            for (Map.Entry<Integer, String> row : inserted.entrySet()) {
                String value = "u" + row.getValue();
                int count = execute(c, renderer.render(update(row.getKey(), row.getValue(), value)), script, false);
                assertEquals(1, count, "update of row " + row.getKey() + " (found by its old value) changes one row");
                updated.put(row.getKey(), value);
            }
            assertStored(c, updated, names, "update");
        }
    }

    /**
     * PostgreSQL text cannot hold NUL; MariaDB and H2 can. Either the value is stored exactly or
     * Tidemark refuses it while rendering, before anything runs: never a value cut at the NUL.
     * Which of the two happens is pinned per database (PostgreSQL refuses, MariaDB and H2 store).
     */
    @ParameterizedTest(name = "{0}, script={1}")
    @MethodSource("databasesAndModes")
    void nulCharacter_isStoredExactlyOrRefusedBeforeExecution(String db, boolean script) throws SQLException {
        String value = "before\u0000after";
        try (TestDatabases.Scratch scratch = TestDatabases.scratch(db); Connection c = scratch.connect()) {
            createTable(c, db);
            Dialect dialect = Dialects.detect(c.getMetaData());
            ChangeRenderer renderer = new ChangeRenderer(context(dialect, script));
            List<SqlStatement> statements;
            try {
                statements = renderer.render(insert(1, value));
            } catch (TidemarkException e) {
                assertTrue(db.equals("postgresql"), db + " can store NUL, yet Tidemark refused it: " + e);
                assertEquals(ErrorCode.INVALID_VALUE, e.code(), e.toString());
                assertEquals(AT, e.location(), "the refusal names where the value was written");
                assertTrue(e.getMessage().contains("NUL"), "the refusal says why: " + e.getMessage());
                assertEquals(0, rowCount(c), "nothing ran");
                return;
            }
            assertTrue(!db.equals("postgresql"), "PostgreSQL text cannot hold NUL, yet Tidemark wrote " + statements);
            execute(c, statements, script, true);
            assertStored(c, Map.of(1, value), List.of("nul"), "insert");
        }
    }

    private static RenderContext context(Dialect dialect, boolean script) {
        return new RenderContext(dialect, null, QuotingStrategy.LEGACY, NO_FILES, UnaryOperator.identity(), script);
    }

    /** A text column and a CLOB/TEXT column; utf8mb4 with a binary collation on MariaDB so that 4-byte characters fit and comparisons are exact. */
    private static void createTable(Connection c, String db) throws SQLException {
        String ddl;
        switch (db) {
            case "postgresql":
                ddl = "CREATE TABLE inj (id INT PRIMARY KEY, txt VARCHAR(20000), big TEXT)";
                break;
            case "mariadb":
                ddl = "CREATE TABLE inj (id INT PRIMARY KEY, txt VARCHAR(12000), big LONGTEXT) "
                        + "DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin";
                break;
            default:
                ddl = "CREATE TABLE inj (id INT PRIMARY KEY, txt VARCHAR(20000), big CLOB)";
        }
        try (Statement st = c.createStatement()) {
            st.execute(ddl);
        }
    }

    private static Insert insert(int id, String value) {
        return new Insert(AT, null, null, "inj", null,
                List.of(numeric("id", id), text("txt", value), text("big", value)));
    }

    /** {@code UPDATE inj SET big = .., txt = .. WHERE id = <id> AND txt = <old value>}. */
    private static Update update(int id, String oldValue, String newValue) {
        return new Update(AT, null, null, "inj", List.of(text("txt", newValue), text("big", newValue)),
                "id = :value AND txt = :value", List.of(numeric("id", id), text("txt", oldValue)));
    }

    private static ColumnConfig text(String name, String value) {
        return column(name, value, null);
    }

    private static ColumnConfig numeric(String name, int value) {
        return column(name, null, Integer.toString(value));
    }

    private static ColumnConfig column(String name, String value, String valueNumeric) {
        return new ColumnConfig(AT, name, null, value, valueNumeric, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null);
    }

    /**
     * Runs the statements as Tidemark sends them: a statement with batch rows as a
     * {@link PreparedStatement} batch binding them, any other as plain text through {@link Statement}.
     * A script never binds; when executing, inserts always bind (an update whose where text holds a
     * {@code ?} is written with literals, so that no {@code ?} is taken for a placeholder).
     *
     * @return the number of rows changed
     */
    private static int execute(Connection c, List<SqlStatement> statements, boolean script, boolean mustBind)
            throws SQLException {
        int changed = 0;
        for (SqlStatement s : statements) {
            if (script) {
                assertTrue(!s.isBatch(), "a script statement carries its values as literals: " + s.sql());
            } else if (mustBind) {
                assertTrue(s.isBatch(), "an executed insert binds its values: " + s.sql());
            }
            if (s.isBatch()) {
                try (PreparedStatement ps = c.prepareStatement(s.sql())) {
                    for (List<Object> row : s.batchRows()) {
                        for (int i = 0; i < row.size(); i++) {
                            ps.setObject(i + 1, row.get(i));
                        }
                        ps.addBatch();
                    }
                    for (int n : ps.executeBatch()) {
                        changed += n;
                    }
                }
            } else {
                try (Statement st = c.createStatement()) {
                    changed += st.executeUpdate(s.sql());
                }
            }
        }
        return changed;
    }

    /** Every row holds exactly the expected value in both columns, compared as UTF-8 bytes; {@code names} label rows 1, 2, ... */
    private static void assertStored(Connection c, Map<Integer, String> expected, List<String> names, String step)
            throws SQLException {
        Map<Integer, String[]> actual = new LinkedHashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT id, txt, big FROM inj")) {
            while (rs.next()) {
                actual.put(rs.getInt(1), new String[] {rs.getString(2), rs.getString(3)});
            }
        }
        assertEquals(expected.size(), actual.size(), "rows after " + step);
        List<Executable> checks = new ArrayList<>();
        for (Map.Entry<Integer, String> e : expected.entrySet()) {
            String name = names.get(e.getKey() - 1);
            byte[] want = e.getValue().getBytes(StandardCharsets.UTF_8);
            String[] got = actual.get(e.getKey());
            checks.add(() -> assertArrayEquals(want, bytes(got == null ? null : got[0]), step + " '" + name + "': txt"));
            checks.add(() -> assertArrayEquals(want, bytes(got == null ? null : got[1]), step + " '" + name + "': big"));
        }
        assertAll(checks);
    }

    private static byte[] bytes(String s) {
        return s == null ? null : s.getBytes(StandardCharsets.UTF_8);
    }

    private static int rowCount(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM inj")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
