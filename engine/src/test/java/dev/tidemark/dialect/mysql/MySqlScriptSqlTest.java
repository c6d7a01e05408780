// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.mysql;

import static dev.tidemark.sql.DataSqlTest.record;
import static dev.tidemark.sql.DataSqlTest.script;
import static dev.tidemark.sql.DataSqlTest.sql;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tidemark.model.change.Sql;
import java.util.List;
import org.junit.jupiter.api.Test;

class MySqlScriptSqlTest {

    @Test
    void backslashEscapesDoubleQuotedStringsAndBackticksStayWhole() {
        Sql s = record(Sql.class, "sql", "INSERT INTO `a;b` VALUES ('it\\'s; x', \"q\\\";\"); SELECT 2;");
        assertEquals(List.of("INSERT INTO `a;b` VALUES ('it\\'s; x', \"q\\\";\")", "SELECT 2"), sql(s, script("mysql")));
    }

    @Test
    void hashCommentsAreComments() {
        Sql s = record(Sql.class, "sql", "# setup; here\nSELECT 1; SELECT 2--1;", "stripComments", Boolean.TRUE);
        assertEquals(List.of("SELECT 1", "SELECT 2--1"), sql(s, script("mariadb")));
    }

    @Test
    void proceduresWithIfStayWhole() {
        Sql s = record(Sql.class, "sql", "CREATE PROCEDURE p() BEGIN IF 1 THEN SELECT 1; END IF; END; CALL p();");
        assertEquals(List.of("CREATE PROCEDURE p() BEGIN IF 1 THEN SELECT 1; END IF; END", "CALL p()"), sql(s, script("mysql")));
    }
}
