// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.sql;

import static dev.tidemark.sql.DataSqlTest.AT;
import static dev.tidemark.sql.DataSqlTest.execute;
import static dev.tidemark.sql.DataSqlTest.failure;
import static dev.tidemark.sql.DataSqlTest.files;
import static dev.tidemark.sql.DataSqlTest.loadData;
import static dev.tidemark.sql.DataSqlTest.mapping;
import static dev.tidemark.sql.DataSqlTest.render;
import static dev.tidemark.sql.DataSqlTest.script;
import static dev.tidemark.sql.DataSqlTest.sql;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tidemark.dialect.QuotingStrategy;
import dev.tidemark.error.ErrorCode;
import dev.tidemark.error.TidemarkException;
import dev.tidemark.model.LoadDataColumnConfig;
import dev.tidemark.model.change.LoadData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LoadDataMappingTest {
    private static final List<LoadDataColumnConfig> TYPES = List.of(
            mapping("name", "id", "type", "NUMERIC"),
            mapping("header", "flag", "type", "BOOLEAN"),
            mapping("index", 2, "type", "numeric"),
            mapping("name", "dt", "type", "DATE"),
            mapping("name", "txt", "type", "STRING"),
            mapping("name", "fn", "type", "COMPUTED"),
            mapping("name", "seq", "type", "SEQUENCE"),
            mapping("name", "bin", "type", "BLOB"),
            mapping("name", "clob", "type", "CLOB"),
            mapping("name", "uid", "type", "UUID"),
            mapping("name", "other", "type", "OTHER"),
            mapping("header", "skipme", "type", "SKIP"));

    private static RenderContext csv(String content) {
        return DataSqlTest.context("h2", true, QuotingStrategy.LEGACY, files(Map.of("x.csv", content)));
    }

    @Test
    void everyLoadTypeBecomesItsLiteral() {
        assertEquals(List.of(
                "INSERT INTO t (id, flag, num, dt, txt, fn, seq, bin, clob, uid, other, plain) VALUES (1, TRUE, 1.50, '2024-01-31', "
                        + "'x', NOW(), NEXTVAL('s1'), X'000102', 'Dune.\n', '6f1c1c3e-0000-0000-0000-000000000000', '{\"a\":1}', 'p')",
                "INSERT INTO t (id, flag, num, dt, txt, fn, seq, bin, clob, uid, other, plain) VALUES (2, NULL, NULL, NULL, '', NULL, "
                        + "NEXTVAL('s2'), X'0001FF275C', 'inline text', NULL, NULL, NULL)",
                "INSERT INTO t (id, flag, num, dt, txt, fn, seq, bin, clob, uid, other, plain) VALUES (3, NULL, NULL, NULL, NULL, NULL, "
                        + "NEXTVAL('s3'), NULL, NULL, NULL, NULL, NULL)"),
                sql(loadData("t", "types.csv", "columns", TYPES), script("h2")));
    }

    @Test
    void columnsMatchByIndexHeaderOrNameAndEmptyCellsTakeDefaults() {
        LoadData l = loadData("ld_author", "authors.csv", "separator", ";", "quotchar", "'", "commentLineStartsWith", "//",
                "columns", List.of(
                        mapping("name", "id", "header", "ID", "type", "NUMERIC"),
                        mapping("name", "name", "index", 1, "type", "STRING"),
                        mapping("name", "born", "header", "BORN", "type", "DATE", "defaultValueDate", "1900-01-01"),
                        mapping("name", "active", "header", "ACTIVE", "type", "BOOLEAN", "defaultValueBoolean", Boolean.TRUE),
                        mapping("name", "rating", "header", "RATING", "type", "NUMERIC", "defaultValueNumeric", "0"),
                        mapping("name", "notes", "header", "NOTES", "type", "STRING", "nullPlaceholder", "<none>", "defaultValue", "n/a"),
                        mapping("header", "IGNORED", "type", "SKIP"),
                        mapping("name", "created_at", "header", "CREATED", "type", "COMPUTED", "defaultValueComputed", "CURRENT_TIMESTAMP")));
        assertEquals(List.of(
                "INSERT INTO ld_author (id, name, born, active, rating, notes, created_at) VALUES (1, 'Herbert; Frank', '1920-10-08', TRUE, 4.5, NULL, NOW())",
                "INSERT INTO ld_author (id, name, born, active, rating, notes, created_at) VALUES (2, 'Le Guin, Ursula', '1900-01-01', FALSE, 0, 'n/a', NOW())"),
                sql(l, script("h2")));
    }

    @Test
    void aStringDefaultValueIsReadByTheColumnType() {
        LoadData l = loadData("t", "x.csv", "columns", List.of(mapping("name", "b", "type", "BOOLEAN", "defaultValue", "yes"),
                mapping("name", "n", "type", "NUMERIC", "defaultValue", "7")));
        assertEquals(List.of("INSERT INTO t (b, n) VALUES (TRUE, 7)"), sql(l, csv("b,n\n,\n")));
    }

    @Test
    void columnsWithoutMappingAreStringsAndEmptyIsNull() {
        assertEquals(List.of("INSERT INTO t (a, b, c) VALUES (' 1 ', NULL, NULL)"), sql(loadData("t", "x.csv"), csv("a,b,c\n 1 ,,null\n")));
    }

    @Test
    void executedRowsBindTypedValues() {
        List<SqlStatement> out = render(loadData("t", "types.csv", "columns", TYPES), execute("h2"));
        assertEquals(3, out.size(), "each row calls another sequence, so each has its own SQL");
        assertEquals("INSERT INTO t (id, flag, num, dt, txt, fn, seq, bin, clob, uid, other, plain) VALUES (?, ?, ?, ?, ?, NOW(), NEXTVAL('s1'), ?, ?, ?, ?, ?)",
                out.get(0).sql());
        List<Object> first = out.get(0).batchRows().get(0);
        assertEquals(Arrays.asList(new BigDecimal("1"), Boolean.TRUE, new BigDecimal("1.50"), LocalDate.of(2024, 1, 31), "x"),
                first.subList(0, 5));
        assertArrayEquals(new byte[] {0, 1, 2}, (byte[]) first.get(5));
        assertEquals(Arrays.asList("Dune.\n", "6f1c1c3e-0000-0000-0000-000000000000", "{\"a\":1}", "p"), first.subList(6, 10));
        assertEquals(1, out.get(0).batchRows().size());
        assertEquals("INSERT INTO t (id, flag, num, dt, txt, fn, seq, bin, clob, uid, other, plain) VALUES (?, ?, ?, ?, ?, ?, NEXTVAL('s2'), ?, ?, ?, ?, ?)",
                out.get(1).sql());
    }

    @Test
    void executedBlobsAreBytes() {
        List<SqlStatement> out = render(loadData("t", "x.csv", "columns", List.of(mapping("name", "b", "type", "BLOB"))),
                DataSqlTest.context("h2", false, QuotingStrategy.LEGACY, files(Map.of("x.csv", "b\nAAEC\n"))));
        assertArrayEquals(new byte[] {0, 1, 2}, (byte[]) out.get(0).batchRows().get(0).get(0));
    }

    @Test
    void usePreparedStatementsFalseExecutesLiterals() {
        RenderContext ctx = DataSqlTest.context("h2", false, QuotingStrategy.LEGACY, files(Map.of("x.csv", "a\n1\n")));
        List<SqlStatement> out = render(loadData("t", "x.csv", "usePreparedStatements", Boolean.FALSE), ctx);
        assertEquals(List.of(SqlStatement.of("INSERT INTO t (a) VALUES ('1')")), out);
    }

    @Test
    void errorsNameTheFileLineAndColumn() {
        LoadData l = loadData("t", "x.csv", "columns", List.of(mapping("name", "b", "type", "BOOLEAN")));
        TidemarkException e = failure(l, csv("b\ntrue\nmaybe\n"));
        assertEquals(ErrorCode.INVALID_VALUE, e.code());
        assertEquals(AT, e.location());
        assertEquals("x.csv line 3, column b: 'maybe' is not a boolean (true/false, t/f, yes/no, y/n, 1/0)", e.getMessage());
    }

    @Test
    void badCellsAreRefused() {
        assertEquals("x.csv line 2, column n: valueNumeric 'abc' is not a number; write an expression as valueComputed",
                failure(loadData("t", "x.csv", "columns", List.of(mapping("name", "n", "type", "NUMERIC"))), csv("n\nabc\n")).getMessage());
        assertEquals("x.csv line 2, column s: a SEQUENCE column needs a sequence name in the cell or in defaultValue",
                failure(loadData("t", "x.csv", "columns", List.of(mapping("name", "s", "type", "SEQUENCE"))), csv("s,x\n,1\n")).getMessage());
        TidemarkException relative = failure(loadData("t", "x.csv", "columns", List.of(mapping("name", "d", "type", "DATE"))),
                csv("d\nNOW+1d\n"));
        assertEquals(ErrorCode.UNSUPPORTED, relative.code());
        assertEquals("x.csv line 2, column d: relative dates like 'NOW+1d' are not supported; use type COMPUTED with a database expression",
                relative.getMessage());
        assertEquals("x.csv line 2, column d: '2024-1-5' is not a date Tidemark accepts: use yyyy-MM-dd, HH:mm:ss or "
                + "yyyy-MM-dd'T'HH:mm:ss[.fffffffff][offset]",
                failure(loadData("t", "x.csv", "columns", List.of(mapping("name", "d", "type", "DATE"))), csv("d\n2024-1-5\n")).getMessage());
    }

    @Test
    void aColumnWithoutHeaderNeedsAMapping() {
        assertEquals("x.csv column 1 has no header; name it, or map it with <column index=\"1\" name=\"...\">",
                failure(loadData("t", "x.csv"), csv("a,\n1,2\n")).getMessage());
        assertEquals(List.of("INSERT INTO t (a, b) VALUES ('1', '2')"),
                sql(loadData("t", "x.csv", "columns", List.of(mapping("index", 1, "name", "b"))), csv("a,\n1,2\n")));
    }
}
