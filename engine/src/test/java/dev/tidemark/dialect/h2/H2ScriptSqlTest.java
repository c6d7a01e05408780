// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.h2;

import static dev.tidemark.sql.DataSqlTest.record;
import static dev.tidemark.sql.DataSqlTest.script;
import static dev.tidemark.sql.DataSqlTest.sql;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tidemark.model.change.Sql;
import java.util.List;
import org.junit.jupiter.api.Test;

class H2ScriptSqlTest {

    @Test
    void dollarQuotedSourceAndSlashSlashCommentsStayWhole() {
        Sql s = record(Sql.class, "sql", "CREATE ALIAS f AS $$ String f(String s) { return s + \";\"; } $$; // note; here\nSELECT f('x');");
        assertEquals(List.of("CREATE ALIAS f AS $$ String f(String s) { return s + \";\"; } $$", "// note; here\nSELECT f('x')"),
                sql(s, script("h2")));
    }
}
