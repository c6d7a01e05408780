// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.cli.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidemark.dialect.DatabaseVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pieces {@link LiquibaseDifferentialTest} compares with: script parsing, normalising, documented rows. */
class ScriptComparisonTest {

    @Test
    void changeSets_cutsLiquibasesScriptAtHeadersAndBlankLineAfterSemicolon() {
        String script = String.join("\n",
                "-- *********************************************************************",
                "-- Update Database Script",
                "",
                "-- Changeset changelog.xml::a-1::me",
                "-- a changeset comment",
                "CREATE TABLE t (id INT);",
                "",
                "CREATE OR REPLACE PROCEDURE p()",
                "AS $$",
                "BEGIN",
                "  NULL;",
                "END;",
                "$$;",
                "",
                "--  Changeset changelog.xml::a-2::me",
                "WARNING: This statement uses a prepared statement which cannot be execute directly by this script. Only works in 'update' mode",
                "",
                "-- Changeset changelog.xml::a-3::me",
                "");
        Map<String, ScriptChangeSet> sets = LiquibaseUpdateSql.changeSets(script);

        assertEquals(List.of("a-1::me", "a-2::me", "a-3::me"), List.copyOf(sets.keySet()));
        assertEquals(List.of("CREATE TABLE t (id INT);\n", "CREATE OR REPLACE PROCEDURE p()\nAS $$\nBEGIN\n  NULL;\nEND;\n$$;\n"),
                sets.get("a-1::me").statements());
        assertEquals(List.of(ScriptChangeSet.PREPARED_ONLY), sets.get("a-2::me").statements());
        assertEquals(List.of(), sets.get("a-3::me").statements());
    }

    @Test
    void normalise_collapsesWhitespaceDropsCommentsAndTerminatorsAndLowerCases() {
        assertEquals("insert into t values ('a b')", ScriptChangeSet.normalise("INSERT  INTO t\n  -- note\nVALUES ('A\tB');;\n/\n"));
    }

    @Test
    void normalise_sortsForeignKeysOfCreateTableInTheirOwnPlaces() {
        String lb = "CREATE TABLE c (id INT, CONSTRAINT pk PRIMARY KEY (id), CONSTRAINT fk_b FOREIGN KEY (b) REFERENCES p(id), "
                + "CONSTRAINT fk_a FOREIGN KEY (a) REFERENCES p(id), CONSTRAINT uq UNIQUE (x))";
        String tm = "CREATE TABLE c (id INT, CONSTRAINT pk PRIMARY KEY (id), CONSTRAINT fk_a FOREIGN KEY (a) REFERENCES p(id), "
                + "CONSTRAINT fk_b FOREIGN KEY (b) REFERENCES p(id), CONSTRAINT uq UNIQUE (x))";

        assertEquals(ScriptChangeSet.normalise(tm), ScriptChangeSet.normalise(lb));
        assertTrue(ScriptChangeSet.normalise(lb).endsWith("constraint uq unique (x))"));
    }

    @Test
    void comparable_dropsOnlyH2sDefaultSchemaAsLiquibaseWritesIt() {
        ScriptChangeSet lb = ScriptChangeSet.of("k", List.of(
                "INSERT INTO PUBLIC.t (id) VALUES (NEXTVAL('PUBLIC.s'))", "INSERT INTO public.t (id) VALUES (1)"));

        assertEquals(List.of("insert into t (id) values (nextval('s'))", "insert into public.t (id) values (1)"),
                lb.comparable(true));
        assertEquals("insert into public.t (id) values (nextval('public.s'))", lb.comparable(false).get(0));
    }

    @Test
    void differences_showsOnlyDifferingChangeSetsAsStatementDiff() {
        Map<String, ScriptChangeSet> lb = Map.of(
                "a::me", ScriptChangeSet.of("a::me", List.of("CREATE TABLE t (id INT);")),
                "b::me", ScriptChangeSet.of("b::me", List.of("ALTER TABLE t ADD a INT;", "ALTER TABLE t ADD b INT;")),
                "c::me", ScriptChangeSet.refused("c::me", "ifExists is not allowed on oracle"));
        Map<String, ScriptChangeSet> tm = Map.of(
                "a::me", ScriptChangeSet.of("a::me", List.of("create table t (id int)")),
                "b::me", ScriptChangeSet.of("b::me", List.of("ALTER TABLE t ADD a INT", "ALTER TABLE t ADD b BIGINT")),
                "c::me", ScriptChangeSet.refused("c::me", "TM109 not supported"));

        assertEquals("""
                  changeset b::me
                      alter table t add a int
                    - alter table t add b int
                    + alter table t add b bigint
                """, LiquibaseDifferentialTest.differences(new TreeMap<>(lb), new TreeMap<>(tm), false));
    }

    @Test
    void documentedRows_matchChangeTypesDatabasesAndVersions(@TempDir Path dir) throws IOException {
        Path doc = dir.resolve("sql-differences.md");
        Files.writeString(doc, String.join("\n",
                "| change type | database | Liquibase 4.33 emits | Tidemark emits | why |",
                "|---|---|---|---|---|",
                "| createSequence / alterSequence dataType | PostgreSQL, H2 | x | y | z |",
                "| dropView ifExists=true | Oracle 23+ | x | y | z |",
                "| addForeignKeyConstraint deleteCascade | all | x | y | z |",
                "| value with a NUL character | PostgreSQL | x | y | z |",
                "| loadUpdateData with nothing to update | MySQL | x | y | z |",
                "| `sql`, `sqlFile` splitting | all | x | y | z |",
                ""));
        DocumentedDifferences d = DocumentedDifferences.read(doc);
        DatabaseVersion v16 = new DatabaseVersion(16, 0);

        assertEquals(3, d.rowsFor("alterSequence", "postgresql", v16).get(0).line());
        assertEquals(1, d.rowsFor("createSequence", "h2", new DatabaseVersion(2, 2)).size());
        assertEquals(0, d.rowsFor("createSequence", "mysql", new DatabaseVersion(8, 0)).size());
        assertEquals(0, d.rowsFor("dropView", "oracle", new DatabaseVersion(19, 0)).size());
        assertEquals(1, d.rowsFor("dropView", "oracle", new DatabaseVersion(23, 0)).size());
        assertEquals(1, d.rowsFor("addForeignKeyConstraint", "mariadb", new DatabaseVersion(10, 11)).size());
        assertEquals(0, d.rowsFor("insert", "postgresql", v16).size());
        assertEquals(1, d.rowsFor("loadUpdateData", "mysql", new DatabaseVersion(8, 0)).size());
        assertEquals(0, d.rowsFor("update", "mysql", new DatabaseVersion(8, 0)).size());
        assertEquals(1, d.rowsFor("sqlFile", "h2", new DatabaseVersion(2, 2)).size());
    }
}
