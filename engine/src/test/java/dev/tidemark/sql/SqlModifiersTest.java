// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.sql;

import static dev.tidemark.sql.DataSqlTest.AT;
import static dev.tidemark.sql.DataSqlTest.record;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tidemark.error.ErrorCode;
import dev.tidemark.error.TidemarkException;
import dev.tidemark.model.ModifySql;
import dev.tidemark.model.modifysql.Append;
import dev.tidemark.model.modifysql.Prepend;
import dev.tidemark.model.modifysql.RegExpReplace;
import dev.tidemark.model.modifysql.Replace;
import dev.tidemark.model.modifysql.SqlModifier;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqlModifiersTest {
    private static final List<SqlStatement> CREATE = List.of(SqlStatement.of("CREATE TABLE t (a INT, b INT)"),
            SqlStatement.of("INSERT INTO t (a) VALUES (1)"));

    private static ModifySql block(String dbms, Boolean applyToRollback, SqlModifier... modifiers) {
        return record(ModifySql.class, "dbms", dbms, "applyToRollback", applyToRollback, "modifiers", List.of(modifiers));
    }

    private static List<String> apply(List<ModifySql> blocks, String db, boolean rollback) {
        return new SqlModifiers(blocks, db, rollback, b -> true).apply(CREATE).stream().map(SqlStatement::sql).toList();
    }

    @Test
    void editsApplyToEveryStatementInOrder() {
        ModifySql b = block(null, null,
                record(Replace.class, "replace", " INT,", "with", " BIGINT,"),
                record(RegExpReplace.class, "replace", "\\((a)\\)", "with", "($1, b)"),
                record(Prepend.class, "value", "/* x */ "),
                record(Append.class, "value", " -- y"));
        assertEquals(List.of("/* x */ CREATE TABLE t (a BIGINT, b INT) -- y", "/* x */ INSERT INTO t (a, b) VALUES (1) -- y"),
                apply(List.of(b), "postgresql", false));
    }

    @Test
    void blocksApplyInOrderToTheResultOfTheEarlierOnes() {
        ModifySql first = block(null, null, record(Append.class, "value", " ENGINE=InnoDB"));
        ModifySql second = block(null, null, record(Replace.class, "replace", "InnoDB", "with", "MyISAM"));
        assertEquals("CREATE TABLE t (a INT, b INT) ENGINE=MyISAM", apply(List.of(first, second), "mysql", false).get(0));
    }

    @Test
    void dbmsSelectsTheDatabases() {
        ModifySql b = block("mysql, mariadb", null, record(Append.class, "value", " ENGINE=InnoDB"));
        ModifySql not = block("!postgresql", null, record(Append.class, "value", " !pg"));
        assertEquals("CREATE TABLE t (a INT, b INT) ENGINE=InnoDB !pg", apply(List.of(b, not), "mariadb", false).get(0));
        assertEquals("CREATE TABLE t (a INT, b INT)", apply(List.of(b, not), "postgresql", false).get(0));
    }

    @Test
    void rollbackStatementsAreEditedOnlyWhenAsked() {
        ModifySql plain = block(null, null, record(Append.class, "value", " x"));
        ModifySql both = block(null, Boolean.TRUE, record(Append.class, "value", " y"));
        assertEquals("INSERT INTO t (a) VALUES (1) y", apply(List.of(plain, both), "h2", true).get(1));
        assertEquals("INSERT INTO t (a) VALUES (1) x y", apply(List.of(plain, both), "h2", false).get(1));
    }

    @Test
    void theCallerDecidesContextsAndLabels() {
        ModifySql b = record(ModifySql.class, "contextFilter", "test", "modifiers", List.of(record(Append.class, "value", " x")));
        assertEquals("INSERT INTO t (a) VALUES (1)",
                new SqlModifiers(List.of(b), "h2", false, m -> !"test".equals(m.contextFilter())).apply(CREATE).get(1).sql());
    }

    @Test
    void statementsKeepTheirBlockFlagAndBindRows() {
        List<SqlStatement> in = List.of(SqlStatement.block("BEGIN NULL; END;"),
                new SqlStatement("INSERT INTO t (a) VALUES (?)", false, List.of(List.of(1))));
        List<SqlStatement> out = new SqlModifiers(List.of(block(null, null, record(Replace.class, "replace", "t", "with", "u"))),
                "oracle", false, b -> true).apply(in);
        assertEquals(List.of(SqlStatement.block("BEGIN NULL; END;"), new SqlStatement("INSERT INTO u (a) VALUES (?)", false, List.of(List.of(1)))),
                out);
    }

    @Test
    void withoutBlocksTheStatementsAreUntouched() {
        assertSame(CREATE, new SqlModifiers(List.of(), "h2", false, b -> true).apply(CREATE));
    }

    @Test
    void aBadRegularExpressionNamesTheModifier() {
        ModifySql b = block(null, null, record(RegExpReplace.class, "replace", "(", "with", "x"));
        TidemarkException e = assertThrows(TidemarkException.class, () -> apply(List.of(b), "h2", false));
        assertEquals(ErrorCode.INVALID_VALUE, e.code());
        assertEquals(AT, e.location());
        assertEquals("regExpReplace: '(' is not a valid regular expression: Unclosed group", e.getMessage());
        ModifySql group = block(null, null, record(RegExpReplace.class, "replace", "a", "with", "$2"));
        assertEquals(ErrorCode.INVALID_VALUE, assertThrows(TidemarkException.class, () -> apply(List.of(group), "h2", false)).code());
    }
}
