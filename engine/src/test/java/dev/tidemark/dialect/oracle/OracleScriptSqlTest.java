// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.oracle;

import static dev.tidemark.sql.DataSqlTest.record;
import static dev.tidemark.sql.DataSqlTest.render;
import static dev.tidemark.sql.DataSqlTest.script;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tidemark.model.change.Sql;
import dev.tidemark.sql.SqlStatement;
import java.util.List;
import org.junit.jupiter.api.Test;

class OracleScriptSqlTest {

    @Test
    void plsqlUnitsAreBlocksEndedByASlashLine() {
        String trigger = "CREATE OR REPLACE TRIGGER trg BEFORE INSERT ON t FOR EACH ROW\nBEGIN\n  IF :new.a IS NULL THEN\n    :new.a := 1;\n  END IF;\nEND;";
        Sql s = record(Sql.class, "sql", trigger + "\n/\nINSERT INTO t (b) VALUES ('q''x;y''');\nSELECT q'[a;b]' FROM dual;");
        assertEquals(List.of(SqlStatement.block(trigger), SqlStatement.of("INSERT INTO t (b) VALUES ('q''x;y''')"),
                SqlStatement.of("SELECT q'[a;b]' FROM dual")), render(s, script("oracle")));
    }

    @Test
    void anUnsplitAnonymousBlockLosesItsSlash() {
        Sql s = record(Sql.class, "sql", "DECLARE\n  n NUMBER;\nBEGIN\n  n := 1;\nEND;\n/", "splitStatements", Boolean.FALSE);
        assertEquals(List.of(SqlStatement.block("DECLARE\n  n NUMBER;\nBEGIN\n  n := 1;\nEND;")), render(s, script("oracle")));
    }
}
