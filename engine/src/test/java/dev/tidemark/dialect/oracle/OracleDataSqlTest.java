// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.oracle;

import static dev.tidemark.sql.DataSqlTest.execute;
import static dev.tidemark.sql.DataSqlTest.files;
import static dev.tidemark.sql.DataSqlTest.loadData;
import static dev.tidemark.sql.DataSqlTest.loadUpdateData;
import static dev.tidemark.sql.DataSqlTest.mapping;
import static dev.tidemark.sql.DataSqlTest.render;
import static dev.tidemark.sql.DataSqlTest.script;
import static dev.tidemark.sql.DataSqlTest.sql;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tidemark.dialect.QuotingStrategy;
import dev.tidemark.sql.DataSqlTest;
import dev.tidemark.sql.SqlStatement;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OracleDataSqlTest {

    @Test
    void loadData_oneInsertPerRowAsLiquibase() {
        assertEquals(List.of("INSERT INTO ld_country (code, name) VALUES ('US', 'United States')",
                "INSERT INTO ld_country (code, name) VALUES ('GB', 'United Kingdom')"), sql(loadData("ld_country", "countries.csv"), script("oracle")));
    }

    @Test
    void loadUpdateData_isAMergeFromDual() {
        assertEquals("MERGE INTO lu_author t USING (SELECT 1 AS id, 'Herbert; Frank' AS name, 'XX' AS country, 4.5 AS rating, 1 AS active, "
                + "TO_DATE('1900-01-01', 'YYYY-MM-DD') AS since FROM DUAL) s ON (t.id = s.id) WHEN MATCHED THEN UPDATE SET t.name = s.name, "
                + "t.rating = s.rating, t.active = s.active, t.since = s.since, t.updated_at = CURRENT_TIMESTAMP WHEN NOT MATCHED THEN "
                + "INSERT (id, name, country, rating, active, since, updated_at) VALUES (s.id, s.name, s.country, s.rating, s.active, s.since, "
                + "CURRENT_TIMESTAMP)",
                sql(loadUpdateData("lu_author", "lu-authors.csv", "id", "separator", ";", "quotchar", "'", "commentLineStartsWith", "//",
                        "columns", List.of(
                                mapping("name", "id", "header", "ID", "type", "NUMERIC"),
                                mapping("name", "name", "index", 1, "type", "STRING"),
                                mapping("name", "country", "header", "COUNTRY", "type", "STRING", "allowUpdate", Boolean.FALSE),
                                mapping("name", "rating", "header", "RATING", "type", "NUMERIC", "defaultValueNumeric", "0"),
                                mapping("name", "active", "header", "ACTIVE", "type", "BOOLEAN", "defaultValueBoolean", Boolean.TRUE),
                                mapping("name", "since", "header", "SINCE", "type", "DATE", "defaultValueDate", "1900-01-01"),
                                mapping("name", "updated_at", "header", "UPDATED", "type", "COMPUTED",
                                        "defaultValueComputed", "CURRENT_TIMESTAMP"))), script("oracle")).get(0));
    }

    @Test
    void loadUpdateData_withSequencesKeepsThemOutOfTheSourceQuery() {
        var ctx = DataSqlTest.context("oracle", true, QuotingStrategy.LEGACY, files(Map.of("x.csv", "code,n\nUS,s1\n")));
        assertEquals(List.of("MERGE INTO c t USING (SELECT 'US' AS code FROM DUAL) s ON (t.code = s.code) WHEN MATCHED THEN UPDATE SET "
                + "t.n = s1.nextval WHEN NOT MATCHED THEN INSERT (code, n) VALUES (s.code, s1.nextval)"),
                sql(loadUpdateData("c", "x.csv", "code", "columns", List.of(mapping("name", "n", "type", "SEQUENCE"))), ctx));
    }

    @Test
    void loadUpdateData_withOnlyKeyColumnsInsertsWhenMissing() {
        assertEquals("MERGE INTO c t USING (SELECT 'US' AS code, 'United States' AS name FROM DUAL) s ON (t.code = s.code AND t.name = s.name) "
                + "WHEN NOT MATCHED THEN INSERT (code, name) VALUES (s.code, s.name)",
                sql(loadUpdateData("c", "countries.csv", "code,name"), script("oracle")).get(0));
    }

    @Test
    void loadUpdateData_executedBindsTheSourceRow() {
        List<SqlStatement> out = render(loadUpdateData("c", "ratings.csv", "id", "columns", List.of(mapping("name", "id", "type", "NUMERIC"))),
                execute("oracle"));
        assertEquals(1, out.size());
        assertEquals("MERGE INTO c t USING (SELECT ? AS id, ? AS rating, ? AS zeta, ? AS alpha FROM DUAL) s ON (t.id = s.id) WHEN MATCHED "
                + "THEN UPDATE SET t.rating = s.rating, t.zeta = s.zeta, t.alpha = s.alpha WHEN NOT MATCHED THEN INSERT (id, rating, zeta, alpha) "
                + "VALUES (s.id, s.rating, s.zeta, s.alpha)", out.get(0).sql());
        assertEquals(List.of(List.of(new BigDecimal("2"), "4.8", "1", "a"), List.of(new BigDecimal("3"), "3.0", "2", "b")), out.get(0).batchRows());
    }
}
