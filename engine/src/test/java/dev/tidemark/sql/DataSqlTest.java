// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.dialect.Dialects;
import dev.tidemark.dialect.QuotingStrategy;
import dev.tidemark.error.ErrorCode;
import dev.tidemark.error.TidemarkException;
import dev.tidemark.model.ColumnConfig;
import dev.tidemark.model.LoadDataColumnConfig;
import dev.tidemark.model.SourceLocation;
import dev.tidemark.model.change.Change;
import dev.tidemark.model.change.Delete;
import dev.tidemark.model.change.Insert;
import dev.tidemark.model.change.LoadData;
import dev.tidemark.model.change.LoadUpdateData;
import dev.tidemark.model.change.Update;
import dev.tidemark.model.meta.RecordShape;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The base rules of rows (where parameters, column order, bind batches) and, as public static
 * methods, the record factory and contexts the data, literal and script tests share.
 */
public class DataSqlTest {
    /** Where every test change was "written". */
    public static final SourceLocation AT = new SourceLocation("db/changelog.xml", 7, 5);

    /** A record from (component, value) pairs; an unknown component name fails. */
    public static <T> T record(Class<T> type, Object... pairs) {
        RecordShape shape = RecordShape.of(type);
        Object r = shape.create(AT, Map.of());
        for (int i = 0; i < pairs.length; i += 2) {
            r = shape.with(r, (String) pairs[i], pairs[i + 1]);
        }
        return type.cast(r);
    }

    /** A column value: {@code column("title", "value", "Dune")}. */
    public static ColumnConfig column(String name, Object... pairs) {
        Object[] all = Arrays.copyOf(new Object[] {"name", name}, 2 + pairs.length);
        System.arraycopy(pairs, 0, all, 2, pairs.length);
        return record(ColumnConfig.class, all);
    }

    /** A loadData column mapping. */
    public static LoadDataColumnConfig mapping(Object... pairs) {
        return record(LoadDataColumnConfig.class, pairs);
    }

    public static Dialect dialect(String shortName) {
        return Dialects.named(shortName, null);
    }

    /** update-sql on a database: literals, LEGACY quoting, the test resources under {@code data/}. */
    public static RenderContext script(String shortName) {
        return context(shortName, true, QuotingStrategy.LEGACY, resources());
    }

    /** update on a database: bind values. */
    public static RenderContext execute(String shortName) {
        return context(shortName, false, QuotingStrategy.LEGACY, resources());
    }

    public static RenderContext context(String shortName, boolean script, QuotingStrategy quoting, ResourceAccess files) {
        return new RenderContext(dialect(shortName), null, quoting, files, UnaryOperator.identity(), script);
    }

    /** Files from the test resources folder {@code data/}; a missing one is FILE_NOT_FOUND, as in the engine. */
    public static ResourceAccess resources() {
        return (path, relative, from) -> {
            try (InputStream in = DataSqlTest.class.getResourceAsStream("/data/" + path)) {
                if (in == null) {
                    throw new TidemarkException(ErrorCode.FILE_NOT_FOUND, from, "file '" + path + "' not found", null);
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    /** Files held in memory (name to UTF-8 text). */
    public static ResourceAccess files(Map<String, String> content) {
        Map<String, byte[]> bytes = new HashMap<>();
        content.forEach((k, v) -> bytes.put(k, v.getBytes(StandardCharsets.UTF_8)));
        return (path, relative, from) -> {
            byte[] b = bytes.get(path);
            if (b == null) {
                throw new TidemarkException(ErrorCode.FILE_NOT_FOUND, from, "file '" + path + "' not found", null);
            }
            return b;
        };
    }

    /** The statements of a change, rendered as the engine does. */
    public static List<SqlStatement> render(Change change, RenderContext ctx) {
        return new ChangeRenderer(ctx).render(change);
    }

    /** The SQL texts of a change. */
    public static List<String> sql(Change change, RenderContext ctx) {
        List<String> out = new ArrayList<>();
        for (SqlStatement s : render(change, ctx)) {
            out.add(s.sql());
        }
        return out;
    }

    /** The exception a change's rendering throws. */
    public static TidemarkException failure(Change change, RenderContext ctx) {
        return assertThrows(TidemarkException.class, () -> render(change, ctx));
    }

    /** A loadData of a test resource file. */
    public static LoadData loadData(String table, String file, Object... pairs) {
        Object[] all = Arrays.copyOf(new Object[] {"tableName", table, "file", file}, 4 + pairs.length);
        System.arraycopy(pairs, 0, all, 4, pairs.length);
        return record(LoadData.class, all);
    }

    /** A loadUpdateData of a test resource file. */
    public static LoadUpdateData loadUpdateData(String table, String file, String primaryKey, Object... pairs) {
        Object[] all = Arrays.copyOf(new Object[] {"tableName", table, "file", file, "primaryKey", primaryKey}, 6 + pairs.length);
        System.arraycopy(pairs, 0, all, 6, pairs.length);
        return record(LoadUpdateData.class, all);
    }

    // ---- the base rules, shown on H2 (whose rows use the base class except for upserts)

    @Test
    void update_setsColumnsSortedByNameAsLiquibaseDoes() {
        Update u = record(Update.class, "tableName", "book", "columns",
                List.of(column("title", "value", "x"), column("Author", "value", "y"), column("isbn", "valueNumeric", "1")));
        assertEquals(List.of("UPDATE book SET Author = 'y', isbn = 1, title = 'x'"), sql(u, script("h2")));
    }

    @Test
    void where_takesNamesAndValuesOfTheParametersInOrder() {
        Update u = record(Update.class, "tableName", "t", "columns", List.of(column("a", "value", "x")),
                "where", "  a = ? AND :name = :value AND :name = :value AND z = ':name' AND w = :value  ",
                "whereParams", List.of(column(null, "valueNumeric", "5"), column("Title", "value", "it's"),
                        column("order", "valueBoolean", Boolean.TRUE)));
        assertEquals(List.of("UPDATE t SET a = 'x' WHERE a = 5 AND Title = 'it''s' AND \"ORDER\" = TRUE AND z = ':name' AND w = :value"),
                sql(u, script("h2")));
    }

    @Test
    void where_isCaseSensitiveAndLeavesUnknownPlaceholders() {
        Delete d = record(Delete.class, "tableName", "t", "where", ":name IN (:value) AND :NAME = 1",
                "whereParams", List.of(column("d", "valueDate", "2024-01-31")));
        assertEquals(List.of("DELETE FROM t WHERE d IN ('2024-01-31') AND :NAME = 1"), sql(d, script("h2")));
    }

    @Test
    void where_blankMeansEveryRow() {
        assertEquals(List.of("DELETE FROM app.t"), sql(record(Delete.class, "schemaName", "app", "tableName", "t", "where", "  "),
                script("h2")));
    }

    @Test
    void where_valuesAreLiteralsEvenWhenExecuting() {
        Delete d = record(Delete.class, "tableName", "t", "where", "a = :value",
                "whereParams", List.of(column("a", "value", "x")));
        List<SqlStatement> out = render(d, execute("h2"));
        assertEquals("DELETE FROM t WHERE a = 'x'", out.get(0).sql());
        assertFalse(out.get(0).isBatch());
    }

    @Test
    void insertAndUpdate_needAColumn() {
        assertEquals("insert: no column to insert on H2 2.2", failure(record(Insert.class, "tableName", "t"), script("h2")).getMessage());
        assertEquals("update: no column to set on H2 2.2", failure(record(Update.class, "tableName", "t"), script("h2")).getMessage());
    }

    @Test
    void update_withAQuestionMarkLeftInTheWhereWritesLiterals() {
        Update u = record(Update.class, "tableName", "t", "columns", List.of(column("a", "value", "x")), "where", "data ? 'key'");
        assertEquals(List.of(SqlStatement.of("UPDATE t SET a = 'x' WHERE data ? 'key'")), render(u, execute("postgresql")));
        Update bound = record(Update.class, "tableName", "t", "columns", List.of(column("a", "value", "x")), "where", "id = 1");
        assertEquals(List.of(new SqlStatement("UPDATE t SET a = ? WHERE id = 1", false, List.of(List.of("x")))), render(bound, execute("postgresql")));
    }

    @Test
    void insert_columnWithoutValueIsNull() {
        Insert i = record(Insert.class, "tableName", "t", "columns", List.of(column("a", "value", "1"), column("b")));
        assertEquals(List.of("INSERT INTO t (a, b) VALUES ('1', NULL)"), sql(i, script("h2")));
    }

    @Test
    void insert_executedBindsValuesButWritesExpressions() {
        Insert i = record(Insert.class, "tableName", "t", "columns", List.of(column("a", "valueNumeric", "1.50"),
                column("b", "valueComputed", "CURRENT_TIMESTAMP"), column("c", "value", "x"), column("d"),
                column("e", "valueDate", "2024-01-31"), column("f", "valueBoolean", Boolean.FALSE)));
        List<SqlStatement> out = render(i, execute("h2"));
        assertEquals(1, out.size());
        assertEquals("INSERT INTO t (a, b, c, d, e, f) VALUES (?, NOW(), ?, ?, ?, ?)", out.get(0).sql());
        assertEquals(List.of(Arrays.asList(new BigDecimal("1.50"), "x", null, LocalDate.of(2024, 1, 31), Boolean.FALSE)),
                out.get(0).batchRows());
    }

    @Test
    void insert_withOnlyExpressionsIsAPlainStatementWhenExecuting() {
        Insert i = record(Insert.class, "tableName", "t", "columns", List.of(column("a", "valueComputed", "UPPER('x')")));
        List<SqlStatement> out = render(i, execute("h2"));
        assertEquals("INSERT INTO t (a) VALUES (UPPER('x'))", out.get(0).sql());
        assertFalse(out.get(0).isBatch());
    }

    @Test
    void insert_quotesNamesPerStrategy() {
        Insert i = record(Insert.class, "schemaName", "app", "tableName", "book", "columns", List.of(column("title", "value", "x")));
        RenderContext ctx = context("postgresql", true, QuotingStrategy.QUOTE_ALL_OBJECTS, resources());
        assertEquals(List.of("INSERT INTO \"app\".\"book\" (\"title\") VALUES ('x')"), sql(i, ctx));
    }

    @Test
    void batches_groupConsecutiveRowsWithTheSameSqlAndCutAtTheBatchSize() {
        List<DataStatement> rows = new ArrayList<>();
        for (int i = 0; i < DataSql.BATCH_ROWS + 2; i++) {
            rows.add(new DataStatement("INSERT INTO t (a) VALUES (?)", List.of(i)));
        }
        rows.add(new DataStatement("INSERT INTO t (a) VALUES (NOW())", List.of()));
        rows.add(new DataStatement("INSERT INTO t (a) VALUES (?)", List.of(-1)));
        List<SqlStatement> out = DataSql.batches(rows);
        assertEquals(4, out.size());
        assertEquals(DataSql.BATCH_ROWS, out.get(0).batchRows().size());
        assertEquals(List.of(List.of(DataSql.BATCH_ROWS), List.of(DataSql.BATCH_ROWS + 1)), out.get(1).batchRows());
        assertEquals("INSERT INTO t (a) VALUES (NOW())", out.get(2).sql());
        assertFalse(out.get(2).isBatch());
        assertEquals(List.of(List.of(-1)), out.get(3).batchRows());
    }

    @Test
    void clobFile_isReadInTheColumnEncoding() {
        Insert i = record(Insert.class, "tableName", "t", "columns",
                List.of(column("c", "valueClobFile", "latin1.txt", "encoding", "ISO-8859-1")));
        assertEquals(List.of("INSERT INTO t (c) VALUES ('café')"), sql(i, script("h2")));
    }

    @Test
    void clobFile_inTheWrongEncodingIsRefused() {
        Insert i = record(Insert.class, "tableName", "t", "columns", List.of(column("c", "valueClobFile", "latin1.txt")));
        TidemarkException e = failure(i, script("h2"));
        assertEquals(ErrorCode.INVALID_VALUE, e.code());
        assertTrue(e.getMessage().contains("not valid UTF-8"), e.getMessage());
    }

    @Test
    void blobFile_missingNamesTheChangeLocation() {
        Insert i = record(Insert.class, "tableName", "t", "columns", List.of(column("c", "valueBlobFile", "nope.bin")));
        TidemarkException e = failure(i, script("h2"));
        assertEquals(ErrorCode.FILE_NOT_FOUND, e.code());
        assertEquals(AT, e.location());
    }

    @Test
    void loadUpdateData_unknownPrimaryKeyColumnIsRefused() {
        TidemarkException e = failure(loadUpdateData("t", "countries.csv", "id"), script("h2"));
        assertEquals(ErrorCode.INVALID_VALUE, e.code());
        assertEquals("loadUpdateData: primaryKey column 'id' is not among the columns loaded from countries.csv on H2 2.2",
                e.getMessage());
    }

    @Test
    void loadUpdateData_onlyUpdateWritesSortedUpdatesKeyedOnThePrimaryKey() {
        LoadUpdateData l = loadUpdateData("t", "ratings.csv", "id", "onlyUpdate", Boolean.TRUE,
                "columns", List.of(mapping("name", "id", "type", "NUMERIC"), mapping("name", "zeta", "type", "NUMERIC"),
                        mapping("name", "alpha", "type", "STRING", "allowUpdate", Boolean.FALSE)));
        assertEquals(List.of("UPDATE t SET rating = '4.8', zeta = 1 WHERE id = 2", "UPDATE t SET rating = '3.0', zeta = 2 WHERE id = 3"),
                sql(l, script("h2")));
    }

    @Test
    void loadUpdateData_executedRowsWithTheSameSqlAreOneBatch() {
        LoadUpdateData l = loadUpdateData("t", "ratings.csv", "id", "onlyUpdate", Boolean.TRUE,
                "columns", List.of(mapping("name", "id", "type", "NUMERIC")));
        List<SqlStatement> out = render(l, execute("h2"));
        assertEquals(1, out.size());
        assertEquals("UPDATE t SET alpha = ?, rating = ?, zeta = ? WHERE id = ?", out.get(0).sql());
        assertEquals(List.of(List.of("a", "4.8", "1", new BigDecimal("2")), List.of("b", "3.0", "2", new BigDecimal("3"))),
                out.get(0).batchRows());
    }
}
