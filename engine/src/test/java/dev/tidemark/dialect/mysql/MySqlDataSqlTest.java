// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.mysql;

import static dev.tidemark.sql.DataSqlTest.execute;
import static dev.tidemark.sql.DataSqlTest.failure;
import static dev.tidemark.sql.DataSqlTest.loadData;
import static dev.tidemark.sql.DataSqlTest.loadUpdateData;
import static dev.tidemark.sql.DataSqlTest.mapping;
import static dev.tidemark.sql.DataSqlTest.render;
import static dev.tidemark.sql.DataSqlTest.script;
import static dev.tidemark.sql.DataSqlTest.sql;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tidemark.error.ErrorCode;
import dev.tidemark.model.LoadDataColumnConfig;
import dev.tidemark.model.change.LoadUpdateData;
import dev.tidemark.sql.SqlStatement;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class MySqlDataSqlTest {
    private static final List<LoadDataColumnConfig> AUTHORS = List.of(
            mapping("name", "id", "header", "ID", "type", "NUMERIC"),
            mapping("name", "name", "index", 1, "type", "STRING"),
            mapping("name", "country", "header", "COUNTRY", "type", "STRING", "allowUpdate", Boolean.FALSE, "defaultValue", "??"),
            mapping("name", "rating", "header", "RATING", "type", "NUMERIC", "defaultValueNumeric", "0"),
            mapping("name", "active", "header", "ACTIVE", "type", "BOOLEAN", "defaultValueBoolean", Boolean.TRUE),
            mapping("name", "since", "header", "SINCE", "type", "DATE", "defaultValueDate", "1900-01-01"),
            mapping("name", "updated_at", "header", "UPDATED", "type", "COMPUTED", "defaultValueComputed", "CURRENT_TIMESTAMP"));

    private static LoadUpdateData authors() {
        return loadUpdateData("lu_author", "lu-authors.csv", "id", "separator", ";", "quotchar", "'", "commentLineStartsWith", "//",
                "usePreparedStatements", Boolean.FALSE, "columns", AUTHORS);
    }

    @Test
    void loadUpdateData_isInsertOnDuplicateKeyUpdateExactlyAsLiquibase() {
        assertEquals(List.of(
                "INSERT INTO lu_author (id, name, country, rating, active, since, updated_at) VALUES (1, 'Herbert; Frank', 'XX', 4.5, 1, '1900-01-01', NOW())\n"
                        + "ON DUPLICATE KEY UPDATE name = 'Herbert; Frank',rating = 4.5,active = 1,since = '1900-01-01',updated_at = NOW()",
                "INSERT INTO lu_author (id, name, country, rating, active, since, updated_at) VALUES (2, 'Le Guin, Ursula', 'US', 0, 0, '1969-03-01', NOW())\n"
                        + "ON DUPLICATE KEY UPDATE name = 'Le Guin, Ursula',rating = 0,active = 0,since = '1969-03-01',updated_at = NOW()"),
                sql(authors(), script("mysql")));
    }

    @Test
    void loadUpdateData_onlyUpdateAsLiquibase() {
        assertEquals(List.of("UPDATE lu_author SET alpha = 'a', rating = '4.8', zeta = '1' WHERE id = '2'",
                "UPDATE lu_author SET alpha = 'b', rating = '3.0', zeta = '2' WHERE id = '3'"),
                sql(loadUpdateData("lu_author", "ratings.csv", "id", "onlyUpdate", Boolean.TRUE), script("mysql")));
    }

    @Test
    void loadUpdateData_withNothingToUpdateKeepsTheRow() {
        assertEquals("INSERT INTO c (code) VALUES ('US')\nON DUPLICATE KEY UPDATE code = code",
                sql(loadUpdateData("c", "countries.csv", "code", "columns", List.of(mapping("name", "name", "type", "SKIP"))),
                        script("mysql")).get(0));
    }

    @Test
    void loadUpdateData_executedRepeatsTheBoundValues() {
        List<SqlStatement> out = render(loadUpdateData("c", "countries.csv", "code"), execute("mariadb"));
        assertEquals(List.of(new SqlStatement("INSERT INTO c (code, name) VALUES (?, ?)\nON DUPLICATE KEY UPDATE name = ?", false,
                List.of(List.of("US", "United States", "United States"), List.of("GB", "United Kingdom", "United Kingdom")))), out);
    }

    @Test
    void loadData_literalRowsAreMultiRowInserts() {
        assertEquals(List.of("INSERT INTO c (code, name) VALUES ('US', 'United States'),('GB', 'United Kingdom')"),
                sql(loadData("c", "countries.csv"), script("mariadb")));
    }

    @Test
    void loadData_executedBindsNullsToo() {
        List<SqlStatement> out = render(loadData("t", "ratings.csv", "columns", List.of(mapping("name", "id", "type", "NUMERIC"),
                mapping("name", "zeta", "nullPlaceholder", "1"))), execute("mysql"));
        assertEquals(Arrays.asList(new BigDecimal("2"), "4.8", null, "a"), out.get(0).batchRows().get(0));
    }

    @Test
    void sequenceColumnsAreRefused() {
        assertEquals(ErrorCode.UNSUPPORTED, failure(loadData("t", "countries.csv", "columns",
                List.of(mapping("name", "code", "type", "SEQUENCE"))), script("mysql")).code());
    }
}
