// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.postgres;

import static dev.tidemark.sql.DataSqlTest.record;
import static dev.tidemark.sql.DataSqlTest.render;
import static dev.tidemark.sql.DataSqlTest.script;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tidemark.model.change.Sql;
import dev.tidemark.sql.SqlStatement;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostgresScriptSqlTest {

    @Test
    void functionBodiesInDollarQuotesStayWhole() {
        String function = "CREATE OR REPLACE FUNCTION touch() RETURNS trigger AS $$\nBEGIN\n  NEW.at := now();\n  RETURN NEW;\nEND;\n$$ LANGUAGE plpgsql";
        Sql s = record(Sql.class, "sql", function + ";\nCREATE TRIGGER t BEFORE UPDATE ON x FOR EACH ROW EXECUTE FUNCTION touch();");
        assertEquals(List.of(SqlStatement.of(function), SqlStatement.of("CREATE TRIGGER t BEFORE UPDATE ON x FOR EACH ROW EXECUTE FUNCTION touch()")),
                render(s, script("postgresql")));
    }

    @Test
    void escapeStringsAndNestedCommentsStayWhole() {
        Sql s = record(Sql.class, "sql", "/* a /* b; */ c; */ SELECT E'it\\'s; x'; SELECT 2;");
        assertEquals(List.of(SqlStatement.of("/* a /* b; */ c; */ SELECT E'it\\'s; x'"), SqlStatement.of("SELECT 2")),
                render(s, script("postgresql")));
    }
}
