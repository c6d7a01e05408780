// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.h2;

import static dev.tidemark.sql.DataSqlTest.execute;
import static dev.tidemark.sql.DataSqlTest.loadUpdateData;
import static dev.tidemark.sql.DataSqlTest.mapping;
import static dev.tidemark.sql.DataSqlTest.render;
import static dev.tidemark.sql.DataSqlTest.script;
import static dev.tidemark.sql.DataSqlTest.sql;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tidemark.sql.SqlStatement;
import java.util.List;
import org.junit.jupiter.api.Test;

class H2DataSqlTest {

    @Test
    void loadUpdateData_isMergeKeyAsLiquibase() {
        assertEquals(List.of("MERGE INTO public.lu_country (code, name) KEY(code) VALUES ('US', 'United States')",
                "MERGE INTO public.lu_country (code, name) KEY(code) VALUES ('GB', 'United Kingdom')"),
                sql(loadUpdateData("lu_country", "countries.csv", "code", "schemaName", "public"), script("h2")));
    }

    @Test
    void loadUpdateData_withAColumnThatMustNotBeUpdatedIsAStandardMerge() {
        assertEquals("MERGE INTO c t USING (SELECT 'US' AS code, 'United States' AS name FROM DUAL) s ON (t.code = s.code) "
                + "WHEN NOT MATCHED THEN INSERT (code, name) VALUES (s.code, s.name)",
                sql(loadUpdateData("c", "countries.csv", "code", "columns", List.of(mapping("name", "name", "allowUpdate", Boolean.FALSE))),
                        script("h2")).get(0));
    }

    @Test
    void loadUpdateData_executedIsOneBatch() {
        assertEquals(List.of(new SqlStatement("MERGE INTO c (code, name) KEY(code) VALUES (?, ?)", false,
                List.of(List.of("US", "United States"), List.of("GB", "United Kingdom")))),
                render(loadUpdateData("c", "countries.csv", "code"), execute("h2")));
    }
}
