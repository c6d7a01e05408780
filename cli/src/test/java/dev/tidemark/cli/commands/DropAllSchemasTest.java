package dev.tidemark.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidemark.cli.db.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * drop-all --schemas on each database: objects of every kind drop-all knows are created in two
 * schemas, which are emptied, while a third keeps everything it had.
 */
class DropAllSchemasTest {
    private static final String CHANGELOG = String.join("\n",
            "databaseChangeLog:",
            "  - changeSet:",
            "      id: 1",
            "      author: a",
            "      changes:",
            "        - createTable:",
            "            tableName: from_changelog",
            "            columns:",
            "              - column: {name: id, type: int}",
            "");

    @TempDir
    Path dir;

    @Test
    void postgresql_dropsEveryKindInTheNamedSchemas_leavesExtensionsAndAThirdSchemaAlone() throws Exception {
        try (TestDatabases.Scratch db = TestDatabases.scratchDatabase("postgresql")) {
            execute(db, "CREATE EXTENSION citext", "CREATE SCHEMA \"Sa\"", "CREATE SCHEMA sc");
            for (String s : List.of("public", "\"Sa\"")) {
                execute(db,
                        "CREATE TYPE " + s + ".mood AS ENUM ('sad', 'ok')",
                        "CREATE DOMAIN " + s + ".positive AS int CHECK (VALUE > 0)",
                        "CREATE TYPE " + s + ".pair AS (a int, b text)",
                        "CREATE TYPE " + s + ".floatrange AS RANGE (subtype = float8)",
                        "CREATE TABLE " + s + ".owner (id serial PRIMARY KEY, nick public.citext)",
                        "CREATE TABLE " + s + ".pet (id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
                                + " owner_id int CONSTRAINT fk_pet_owner REFERENCES " + s + ".owner (id), mood " + s + ".mood,"
                                + " weight " + s + ".positive)",
                        "CREATE SEQUENCE " + s + ".ticket_seq",
                        "CREATE VIEW " + s + ".pet_view AS SELECT id FROM " + s + ".pet",
                        "CREATE VIEW " + s + ".pet_view2 AS SELECT id FROM " + s + ".pet_view",
                        "CREATE MATERIALIZED VIEW " + s + ".pet_counts AS SELECT count(*) AS n FROM " + s + ".pet_view",
                        "CREATE FUNCTION " + s + ".twice(x int) RETURNS int LANGUAGE sql AS 'SELECT x * 2'",
                        "CREATE FUNCTION " + s + ".twice(x text) RETURNS text LANGUAGE sql AS 'SELECT x || x'",
                        "CREATE FUNCTION " + s + ".cheer(m " + s + ".mood) RETURNS text LANGUAGE sql AS 'SELECT m::text'",
                        "CREATE PROCEDURE " + s + ".tidy() LANGUAGE sql AS 'SELECT 1'",
                        "CREATE AGGREGATE " + s + ".total(int) (sfunc = int4pl, stype = int)",
                        "CREATE FUNCTION " + s + ".stamp() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NEW; END'",
                        "CREATE TRIGGER pet_stamp BEFORE INSERT ON " + s + ".pet FOR EACH ROW EXECUTE FUNCTION " + s + ".stamp()",
                        "CREATE TABLE " + s + ".log (id int, at date) PARTITION BY RANGE (at)",
                        "CREATE TABLE " + s + ".log_2024 PARTITION OF " + s + ".log FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')",
                        "CREATE TABLE " + s + ".base (id int)",
                        "CREATE TABLE " + s + ".child (extra int) INHERITS (" + s + ".base)");
            }
            execute(db, "CREATE TABLE sc.keep (id serial PRIMARY KEY)", "CREATE VIEW sc.keep_view AS SELECT id FROM sc.keep",
                    "CREATE SEQUENCE sc.keep_seq", "CREATE TYPE sc.keep_type AS ENUM ('a')",
                    "CREATE FUNCTION sc.keep_fn() RETURNS int LANGUAGE sql AS 'SELECT 1'");
            String relations = "SELECT n.nspname || '.' || c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                    + " WHERE n.nspname IN ('public', 'Sa', 'sc') ORDER BY 1";
            String routines = "SELECT n.nspname || '.' || p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace"
                    + " WHERE n.nspname IN ('public', 'Sa', 'sc') AND NOT EXISTS (SELECT 1 FROM pg_depend d"
                    + " WHERE d.objid = p.oid AND d.deptype IN ('e', 'i')) ORDER BY 1";
            String types = "SELECT n.nspname || '.' || t.typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace"
                    + " WHERE n.nspname IN ('public', 'Sa', 'sc') ORDER BY 1";
            String extensionRoutines = "SELECT count(*) FROM pg_proc p JOIN pg_depend d ON d.objid = p.oid AND d.deptype = 'e'"
                    + " JOIN pg_extension x ON x.oid = d.refobjid WHERE x.extname = 'citext'";
            List<List<String>> inThird = inSchema(Cli.query(db, relations), "sc.");
            assertEquals(13, Cli.query(db, routines).size());
            assertEquals(5, inThird.size(), inThird.toString());
            String citextRoutines = Cli.query(db, extensionRoutines).get(0).get(0);
            List<List<String>> thirdTypes = inSchema(Cli.query(db, types), "sc.");

            Cli cli = new Cli(dir, db.url()).write("c.yaml", CHANGELOG);
            assertEquals(0, cli.run("update", "--changelog-file", "c.yaml").code());
            // PUBLIC as PostgreSQL folds an unquoted name; Sa as the catalog spells it.
            Cli.Result r = cli.run("drop-all", "--force", "--schemas", "PUBLIC, Sa");
            assertEquals(0, r.code(), r.toString());
            assertTrue(r.out().endsWith(" objects.\n") && r.out().contains("All objects dropped from schemas public, Sa of "), r.out());
            for (String line : List.of("dropped foreign key fk_pet_owner on Sa.pet", "dropped materialized view public.pet_counts",
                    "dropped view Sa.pet_view2", "dropped table public.databasechangelog", "dropped table public.from_changelog",
                    "dropped table Sa.log", "dropped sequence public.ticket_seq", "dropped function Sa.twice(x integer)",
                    "dropped function Sa.twice(x text)", "dropped function public.cheer(m mood)", "dropped procedure Sa.tidy()",
                    "dropped aggregate public.total(integer)", "dropped type Sa.mood", "dropped type public.pair",
                    "dropped type Sa.floatrange", "dropped domain public.positive")) {
                assertTrue(r.out().contains(line + "\n"), line + " in\n" + r.out());
            }
            assertFalse(r.out().contains("owner_id_seq") || r.out().contains("log_2024"), "they go with their tables:\n" + r.out());
            assertTrue(r.out().endsWith("dropped table public.databasechangeloglock\n" + lastLine(r.out())), r.out());

            assertEquals(inThird, Cli.query(db, relations), "only sc's relations are left");
            assertEquals(List.of(List.of("sc.keep_fn")), Cli.query(db, routines));
            List<List<String>> typesAfter = Cli.query(db, types);
            assertEquals(List.of(List.of("public._citext"), List.of("public.citext")), typesAfter.subList(0, 2),
                    "only the extension's types stay, with it");
            assertEquals(thirdTypes, typesAfter.subList(2, typesAfter.size()));
            assertEquals(citextRoutines, Cli.query(db, extensionRoutines).get(0).get(0), "the extension keeps its functions");
            assertEquals(List.of(List.of("Sa")), Cli.query(db, "SELECT nspname FROM pg_namespace WHERE nspname = 'Sa'"),
                    "the schemas themselves stay, as with Liquibase");
        }
    }

    @Test
    void mariadb_dropsEveryKindInTheNamedDatabases_andForeignKeysFromOthersIntoThem() throws Exception {
        try (TestDatabases.Scratch a = TestDatabases.scratch("mariadb");
                TestDatabases.Scratch b = TestDatabases.scratch("mariadb");
                TestDatabases.Scratch third = TestDatabases.scratch("mariadb")) {
            for (String s : List.of(a.name(), b.name())) {
                execute(a,
                        "CREATE TABLE " + s + ".owner (id INT PRIMARY KEY)",
                        "CREATE TABLE " + s + ".pet (id INT AUTO_INCREMENT PRIMARY KEY, owner_id INT,"
                                + " CONSTRAINT fk_pet_owner FOREIGN KEY (owner_id) REFERENCES " + s + ".owner (id))",
                        "CREATE TABLE " + s + ".audit (id INT) WITH SYSTEM VERSIONING",
                        "CREATE VIEW " + s + ".pet_view AS SELECT id FROM " + s + ".pet",
                        "CREATE VIEW " + s + ".pet_view2 AS SELECT id FROM " + s + ".pet_view",
                        "CREATE SEQUENCE " + s + ".ticket_seq",
                        "CREATE PROCEDURE " + s + ".tidy() SELECT 1",
                        "CREATE FUNCTION " + s + ".twice(n INT) RETURNS INT DETERMINISTIC RETURN n * 2",
                        "CREATE TRIGGER " + s + ".pet_stamp BEFORE INSERT ON " + s + ".pet FOR EACH ROW SET NEW.owner_id = NEW.owner_id",
                        "CREATE EVENT " + s + ".nightly ON SCHEDULE EVERY 1 DAY DISABLE DO DELETE FROM " + s + ".audit");
            }
            String t = third.name();
            execute(a, "CREATE TABLE " + t + ".vet (id INT PRIMARY KEY, pet_id INT,"
                            + " CONSTRAINT fk_vet_pet FOREIGN KEY (pet_id) REFERENCES " + b.name() + ".pet (id))",
                    "CREATE VIEW " + t + ".vet_view AS SELECT id FROM " + t + ".vet", "CREATE SEQUENCE " + t + ".vet_seq",
                    "CREATE PROCEDURE " + t + ".keep() SELECT 1", "CREATE FUNCTION " + t + ".keep_fn() RETURNS INT DETERMINISTIC RETURN 1",
                    "CREATE TRIGGER " + t + ".vet_stamp BEFORE INSERT ON " + t + ".vet FOR EACH ROW SET NEW.pet_id = NEW.pet_id",
                    "CREATE EVENT " + t + ".keep_event ON SCHEDULE EVERY 1 DAY DISABLE DO DELETE FROM " + t + ".vet");
            List<List<String>> thirdBefore = mariaDbObjects(a, t);
            assertEquals(7, thirdBefore.size(), thirdBefore.toString());

            Cli cli = new Cli(dir, a.url()).write("c.yaml", CHANGELOG);
            assertEquals(0, cli.run("update", "--changelog-file", "c.yaml").code());
            Cli.Result r = cli.run("drop-all", "--force", "--schemas", a.name() + "," + b.name());
            assertEquals(0, r.code(), r.toString());
            for (String s : List.of(a.name(), b.name())) {
                for (String line : List.of("foreign key fk_pet_owner on " + s + ".pet", "view " + s + ".pet_view2", "table " + s + ".audit",
                        "sequence " + s + ".ticket_seq", "procedure " + s + ".tidy", "function " + s + ".twice", "event " + s + ".nightly")) {
                    assertTrue(r.out().contains("dropped " + line + "\n"), line + " in\n" + r.out());
                }
                assertEquals(List.of(), mariaDbObjects(a, s), s + " is empty");
            }
            assertTrue(r.out().contains("dropped foreign key fk_vet_pet on " + t + ".vet\n"), r.out());
            assertTrue(r.out().contains("dropped table " + a.name() + ".DATABASECHANGELOGLOCK\n" + lastLine(r.out())), r.out());
            assertEquals(thirdBefore, mariaDbObjects(a, t), "the third database keeps its objects");
            assertEquals(List.of(), Cli.query(a, "SELECT CONSTRAINT_NAME FROM information_schema.REFERENTIAL_CONSTRAINTS"
                    + " WHERE CONSTRAINT_SCHEMA = '" + t + "'"), "its foreign key into a dropped database went with that database's table");
        }
    }

    @Test
    void h2_dropsEveryKindInTheNamedSchemas_evenOneNamedInLowerCase() throws Exception {
        try (TestDatabases.Scratch db = TestDatabases.scratch("h2")) {
            execute(db, "CREATE SCHEMA \"low\"", "CREATE SCHEMA OTHER");
            for (String s : List.of("PUBLIC", "\"low\"")) {
                execute(db,
                        "CREATE DOMAIN " + s + ".POSITIVE AS INT CHECK (VALUE > 0)",
                        "CREATE TABLE " + s + ".OWNER (ID INT PRIMARY KEY, WEIGHT " + s + ".POSITIVE)",
                        "CREATE TABLE " + s + ".PET (ID INT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, OWNER_ID INT,"
                                + " CONSTRAINT FK_PET_OWNER FOREIGN KEY (OWNER_ID) REFERENCES " + s + ".OWNER (ID))",
                        "CREATE TABLE " + s + ".\"Odd Name\" (ID INT)",
                        "CREATE VIEW " + s + ".PET_VIEW AS SELECT ID FROM " + s + ".PET",
                        "CREATE VIEW " + s + ".PET_VIEW2 AS SELECT ID FROM " + s + ".PET_VIEW",
                        "CREATE SEQUENCE " + s + ".TICKET_SEQ",
                        "CREATE ALIAS " + s + ".MY_MAX FOR \"java.lang.Math.max(int,int)\"",
                        "CREATE CONSTANT " + s + ".ANSWER VALUE 42",
                        "CREATE SYNONYM " + s + ".PET_SYN FOR " + s + ".PET");
            }
            execute(db, "CREATE TABLE OTHER.KEEP (ID INT)", "CREATE VIEW OTHER.KEEP_VIEW AS SELECT ID FROM OTHER.KEEP",
                    "CREATE SEQUENCE OTHER.KEEP_SEQ", "CREATE ALIAS OTHER.KEEP_ABS FOR \"java.lang.Math.abs(int)\"",
                    "CREATE CONSTANT OTHER.KEEP_CONSTANT VALUE 1", "CREATE DOMAIN OTHER.KEEP_DOMAIN AS INT");
            List<List<String>> otherBefore = h2Objects(db, "OTHER");
            assertEquals(6, otherBefore.size(), otherBefore.toString());
            assertEquals(10, h2Objects(db, "low").size(), h2Objects(db, "low").toString());

            Cli cli = new Cli(dir, db.url()).write("c.yaml", CHANGELOG);
            assertEquals(0, cli.run("update", "--changelog-file", "c.yaml").code());
            // public as H2 folds an unquoted name; low as the catalog spells it.
            Cli.Result r = cli.run("drop-all", "--force", "--schemas", "public,low");
            assertEquals(0, r.code(), r.toString());
            for (String s : List.of("PUBLIC", "low")) {
                for (String line : List.of("foreign key FK_PET_OWNER on " + s + ".PET", "view " + s + ".PET_VIEW2", "table " + s + ".Odd Name",
                        "sequence " + s + ".TICKET_SEQ", "alias " + s + ".MY_MAX", "constant " + s + ".ANSWER", "domain " + s + ".POSITIVE",
                        "synonym " + s + ".PET_SYN")) {
                    assertTrue(r.out().contains("dropped " + line + "\n"), line + " in\n" + r.out());
                }
                assertEquals(List.of(), h2Objects(db, s), s + " is empty");
            }
            assertTrue(r.out().contains("All objects dropped from schemas PUBLIC, low of "), r.out());
            assertEquals(otherBefore, h2Objects(db, "OTHER"), "OTHER keeps its objects");
        }
    }

    @Test
    void trackingTablesInAnotherSchema_goToo_asWithLiquibase_andNothingElseThere() throws Exception {
        try (TestDatabases.Scratch app = TestDatabases.scratch("postgresql");
                TestDatabases.Scratch tracking = TestDatabases.scratch("postgresql")) {
            execute(tracking, "CREATE TABLE " + tracking.name() + ".bystander (id int)");
            Cli cli = new Cli(dir, app.url()).write("c.yaml", CHANGELOG);
            assertEquals(0, cli.run("update", "--changelog-file", "c.yaml", "--liquibase-schema-name", tracking.name()).code());
            assertEquals(List.of("BYSTANDER", "DATABASECHANGELOG", "DATABASECHANGELOGLOCK"), Cli.tables(tracking));

            Cli.Result r = cli.run("drop-all", "--force", "--liquibase-schema-name", tracking.name());
            assertEquals(0, r.code(), r.toString());
            assertEquals(List.of("dropped table " + app.name() + ".from_changelog", "dropped table " + tracking.name() + ".databasechangelog",
                    "dropped table " + tracking.name() + ".databasechangeloglock"), List.of(r.out().split("\n")).subList(0, 3), r.out());
            assertTrue(r.out().endsWith("All objects dropped from schema " + app.name() + " of postgres@" + app.url() + ": 3 objects.\n"),
                    r.out());
            assertEquals(List.of(), Cli.tables(app));
            assertEquals(List.of("BYSTANDER"), Cli.tables(tracking));
        }
    }

    /** Every object of a MariaDB database, as (kind, name) rows. */
    private static List<List<String>> mariaDbObjects(TestDatabases.Scratch db, String schema) throws SQLException {
        return Cli.query(db, "SELECT TABLE_TYPE, TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = '" + schema + "'"
                + " UNION ALL SELECT ROUTINE_TYPE, ROUTINE_NAME FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = '" + schema + "'"
                + " UNION ALL SELECT 'TRIGGER', TRIGGER_NAME FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = '" + schema + "'"
                + " UNION ALL SELECT 'EVENT', EVENT_NAME FROM information_schema.EVENTS WHERE EVENT_SCHEMA = '" + schema + "'"
                + " ORDER BY 1, 2");
    }

    /** Every object of an H2 schema, as (kind, name) rows. */
    private static List<List<String>> h2Objects(TestDatabases.Scratch db, String schema) throws SQLException {
        return Cli.query(db, "SELECT TABLE_TYPE, TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = '" + schema + "'"
                + " UNION ALL SELECT 'SEQUENCE', SEQUENCE_NAME FROM INFORMATION_SCHEMA.SEQUENCES WHERE SEQUENCE_SCHEMA = '" + schema + "'"
                + " UNION ALL SELECT DISTINCT 'ALIAS', ROUTINE_NAME FROM INFORMATION_SCHEMA.ROUTINES WHERE ROUTINE_SCHEMA = '" + schema + "'"
                + " UNION ALL SELECT 'CONSTANT', CONSTANT_NAME FROM INFORMATION_SCHEMA.CONSTANTS WHERE CONSTANT_SCHEMA = '" + schema + "'"
                + " UNION ALL SELECT 'DOMAIN', DOMAIN_NAME FROM INFORMATION_SCHEMA.DOMAINS WHERE DOMAIN_SCHEMA = '" + schema + "'"
                + " UNION ALL SELECT 'SYNONYM', SYNONYM_NAME FROM INFORMATION_SCHEMA.SYNONYMS WHERE SYNONYM_SCHEMA = '" + schema + "'"
                + " ORDER BY 1, 2");
    }

    private static List<List<String>> inSchema(List<List<String>> rows, String prefix) {
        return rows.stream().filter(row -> row.get(0).startsWith(prefix)).toList();
    }

    private static String lastLine(String out) {
        String trimmed = out.substring(0, out.length() - 1);
        return trimmed.substring(trimmed.lastIndexOf('\n') + 1) + "\n";
    }

    private static void execute(TestDatabases.Scratch db, String... statements) throws SQLException {
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            for (String sql : statements) {
                st.execute(sql);
            }
        }
    }
}
