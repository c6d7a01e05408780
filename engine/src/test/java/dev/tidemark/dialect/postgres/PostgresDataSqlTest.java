// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.postgres;

import static dev.tidemark.sql.DataSqlTest.column;
import static dev.tidemark.sql.DataSqlTest.execute;
import static dev.tidemark.sql.DataSqlTest.failure;
import static dev.tidemark.sql.DataSqlTest.loadData;
import static dev.tidemark.sql.DataSqlTest.loadUpdateData;
import static dev.tidemark.sql.DataSqlTest.mapping;
import static dev.tidemark.sql.DataSqlTest.record;
import static dev.tidemark.sql.DataSqlTest.render;
import static dev.tidemark.sql.DataSqlTest.script;
import static dev.tidemark.sql.DataSqlTest.sql;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidemark.error.ErrorCode;
import dev.tidemark.model.LoadDataColumnConfig;
import dev.tidemark.model.change.Insert;
import dev.tidemark.model.change.LoadUpdateData;
import dev.tidemark.model.change.Update;
import dev.tidemark.sql.SqlStatement;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostgresDataSqlTest {
    /** The parity fixture's loadUpdateData-2 columns. */
    static final List<LoadDataColumnConfig> AUTHORS = List.of(
            mapping("name", "id", "header", "ID", "type", "NUMERIC"),
            mapping("name", "name", "index", 1, "type", "STRING"),
            mapping("name", "country", "header", "COUNTRY", "type", "STRING", "allowUpdate", Boolean.FALSE, "defaultValue", "??"),
            mapping("name", "rating", "header", "RATING", "type", "NUMERIC", "defaultValueNumeric", "0"),
            mapping("name", "active", "header", "ACTIVE", "type", "BOOLEAN", "defaultValueBoolean", Boolean.TRUE),
            mapping("name", "since", "header", "SINCE", "type", "DATE", "defaultValueDate", "1900-01-01"),
            mapping("name", "updated_at", "header", "UPDATED", "type", "COMPUTED", "defaultValueComputed", "CURRENT_TIMESTAMP"));

    static LoadUpdateData authors(Object... more) {
        Object[] pairs = new Object[8 + more.length];
        System.arraycopy(new Object[] {"separator", ";", "quotchar", "'", "commentLineStartsWith", "//", "columns", AUTHORS}, 0, pairs, 0, 8);
        System.arraycopy(more, 0, pairs, 8, more.length);
        return loadUpdateData("lu_author", "lu-authors.csv", "id", pairs);
    }

    @Test
    void insert_everyValueFormAsLiquibaseWithFilesAsLiterals() {
        Insert i = record(Insert.class, "tableName", "in_book", "columns", List.of(
                column("id", "valueNumeric", "1"), column("title", "value", "Dune"), column("price", "valueNumeric", "9.99"),
                column("in_print", "valueBoolean", Boolean.TRUE), column("published_on", "valueDate", "1965-08-01"),
                column("reviewed_at", "valueDate", "2024-01-31T10:15:30"), column("added_at", "valueComputed", "CURRENT_TIMESTAMP"),
                column("cover", "valueBlobFile", "five.bin"), column("blurb", "valueClobFile", "blurb.txt", "encoding", "UTF-8")));
        assertEquals(List.of("INSERT INTO in_book (id, title, price, in_print, published_on, reviewed_at, added_at, cover, blurb) VALUES "
                + "(1, 'Dune', 9.99, TRUE, '1965-08-01', '2024-01-31 10:15:30', NOW(), '\\x0001ff275c'::bytea, 'Dune.\n')"),
                sql(i, script("postgresql")));
    }

    @Test
    void insert_executedRefusesNulToo() {
        Insert i = record(Insert.class, "tableName", "t", "columns", List.of(column("s", "value", "a\0b")));
        assertEquals(ErrorCode.INVALID_VALUE, failure(i, execute("postgresql")).code());
    }

    @Test
    void update_withSequencesAsLiquibase() {
        Update u = record(Update.class, "tableName", "up_book", "columns", List.of(column("seq_seen", "valueSequenceCurrent", "up_seq")),
                "where", "id = 2");
        assertEquals(List.of("UPDATE up_book SET seq_seen = currval('up_seq') WHERE id = 2"), sql(u, script("postgresql")));
    }

    @Test
    void loadData_literalRowsAreMultiRowInsertsOf51AsLiquibase() {
        List<String> out = sql(loadData("t", "sixty.csv", "columns", List.of(mapping("name", "id", "type", "NUMERIC"))), script("postgresql"));
        assertEquals(2, out.size());
        assertTrue(out.get(0).startsWith("INSERT INTO t (id) VALUES (1),(2),(3),"), out.get(0));
        assertTrue(out.get(0).endsWith(",(51)"), out.get(0));
        assertEquals("INSERT INTO t (id) VALUES (52),(53),(54),(55),(56),(57),(58),(59),(60)", out.get(1));
        assertEquals(List.of("INSERT INTO public.ld_country (code, name) VALUES ('US', 'United States'),('GB', 'United Kingdom')"),
                sql(loadData("ld_country", "countries.csv", "schemaName", "public"), script("postgresql")));
    }

    @Test
    void loadData_executedRowsAreOneBatch() {
        List<SqlStatement> out = render(loadData("t", "sixty.csv", "columns", List.of(mapping("name", "id", "type", "NUMERIC"))),
                execute("postgresql"));
        assertEquals(1, out.size());
        assertEquals("INSERT INTO t (id) VALUES (?)", out.get(0).sql());
        assertEquals(60, out.get(0).batchRows().size());
        assertEquals(List.of(new BigDecimal("60")), out.get(0).batchRows().get(59));
    }

    @Test
    void loadUpdateData_isInsertOnConflictUpdatingTheUpdatableColumns() {
        assertEquals(List.of(
                "INSERT INTO lu_author (id, name, country, rating, active, since, updated_at) VALUES (1, 'Herbert; Frank', 'XX', 4.5, TRUE, "
                        + "'1900-01-01', NOW()) ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, rating = EXCLUDED.rating, "
                        + "active = EXCLUDED.active, since = EXCLUDED.since, updated_at = EXCLUDED.updated_at",
                "INSERT INTO lu_author (id, name, country, rating, active, since, updated_at) VALUES (2, 'Le Guin, Ursula', 'US', 0, FALSE, "
                        + "'1969-03-01', NOW()) ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, rating = EXCLUDED.rating, "
                        + "active = EXCLUDED.active, since = EXCLUDED.since, updated_at = EXCLUDED.updated_at"),
                sql(authors(), script("postgresql")));
    }

    @Test
    void loadUpdateData_withNothingToUpdateDoesNothingOnConflict() {
        LoadUpdateData l = loadUpdateData("lu_country", "countries.csv", "code, name");
        assertEquals("INSERT INTO lu_country (code, name) VALUES ('US', 'United States') ON CONFLICT (code, name) DO NOTHING",
                sql(l, script("postgresql")).get(0));
    }

    @Test
    void loadUpdateData_executedRowsShareOneStatement() {
        List<SqlStatement> out = render(loadUpdateData("lu_country", "countries.csv", "code"), execute("postgresql"));
        assertEquals(List.of(new SqlStatement("INSERT INTO lu_country (code, name) VALUES (?, ?) ON CONFLICT (code) DO UPDATE SET "
                + "name = EXCLUDED.name", false, List.of(List.of("US", "United States"), List.of("GB", "United Kingdom")))), out);
    }
}
