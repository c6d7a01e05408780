package dev.tidemark.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidemark.cli.db.TestDatabases;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DropAllCommandTest {
    /** Tables joined by a foreign key, a view on them, a sequence, and a mixed-case table name. */
    private static final String SCHEMA = String.join("\n",
            "databaseChangeLog:",
            "  - changeSet:",
            "      id: 1",
            "      author: a",
            "      changes:",
            "        - createTable:",
            "            tableName: owner",
            "            columns:",
            "              - column: {name: id, type: int, constraints: {primaryKey: true}}",
            "        - createTable:",
            "            tableName: pet",
            "            columns:",
            "              - column: {name: id, type: int}",
            "              - column: {name: owner_id, type: int, constraints: {foreignKeyName: fk_pet_owner, references: owner(id)}}",
            "        - createView:",
            "            viewName: pet_owner",
            "            selectQuery: select p.id, o.id as owner from pet p join owner o on o.id = p.owner_id",
            "        - createTable:",
            "            tableName: Odd Name",
            "            columns:",
            "              - column: {name: id, type: int}",
            "  - changeSet:",
            "      id: 2",
            "      author: a",
            "      dbms: h2, postgresql, mariadb",
            "      changes:",
            "        - createSequence:",
            "            sequenceName: ticket_seq",
            "");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql", "mariadb"})
    void dropAll_refusesWithoutForce_thenDropsEverythingIncludingTheTrackingTables(String dbms) throws Exception {
        try (TestDatabases.Scratch db = TestDatabases.scratch(dbms)) {
            Cli cli = new Cli(dir, db.url()).write("schema.yaml", SCHEMA);
            Cli.Result update = cli.run("update", "--changelog-file", "schema.yaml");
            assertEquals(0, update.code(), update.toString());
            List<String> before = Cli.tables(db);
            assertTrue(before.containsAll(List.of("DATABASECHANGELOG", "DATABASECHANGELOGLOCK", "ODD NAME", "OWNER", "PET", "PET_OWNER")),
                    before.toString());
            assertEquals(List.of(List.of("1")), Cli.query(db, sequenceCount(db)));

            Cli.Result refused = cli.run("drop-all", "--require-force");
            assertEquals(2, refused.code());
            assertTrue(refused.err().startsWith("error TM200 drop-all drops every object in the schema of ")
                    && refused.err().endsWith(" and cannot be undone; add --force to do it\n"), refused.err());
            assertEquals(before, Cli.tables(db), "nothing dropped");

            Cli.Result r = cli.run("drop-all", "--force");
            assertEquals(0, r.code(), r.toString());
            String schema = db.schemaForMetadata() != null ? db.schemaForMetadata() : db.name();
            List<String> lines = List.of(r.out().split("\n"));
            assertTrue(lines.get(lines.size() - 1).matches("All objects dropped from schema " + schema + " of .*: " + (lines.size() - 1)
                    + " objects\\."), r.toString());
            // Names as each database spells them; compared without case here (PostgreSQL's are lower case, MariaDB's as written).
            List<String> lower = lines.stream().map(l -> l.toLowerCase(java.util.Locale.ROOT)).toList();
            String in = "dropped %s " + schema.toLowerCase(java.util.Locale.ROOT) + ".%s";
            for (String expected : List.of(String.format(in, "view", "pet_owner"), String.format(in, "table", "odd name"),
                    String.format(in, "table", "databasechangelog"), String.format(in, "table", "databasechangeloglock"),
                    String.format(in, "sequence", "ticket_seq"), "dropped foreign key fk_pet_owner on " + String.format("%s.pet",
                            schema.toLowerCase(java.util.Locale.ROOT)))) {
                assertTrue(lower.contains(expected), expected + " in " + r);
            }
            assertEquals("dropped table " + schema.toLowerCase(java.util.Locale.ROOT) + ".databasechangeloglock", lower.get(lines.size() - 2),
                    "the lock table goes last: " + r);
            assertEquals(List.of(), Cli.tables(db));
            assertEquals("", r.err(), "no notes: " + r.err());
            assertEquals(List.of(List.of("0")), Cli.query(db, sequenceCount(db)), "the sequence is gone too");

            Cli.Result again = cli.run("update", "--changelog-file", "schema.yaml");
            assertTrue(again.out().contains(": 2 changesets applied"), "a fresh start: " + again);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql", "mariadb"})
    void dropAll_refusesUnknownSchemasBeforeDroppingAnything(String dbms) throws Exception {
        try (TestDatabases.Scratch db = TestDatabases.scratch(dbms)) {
            Cli cli = new Cli(dir, db.url()).write("schema.yaml", SCHEMA);
            assertEquals(0, cli.run("update", "--changelog-file", "schema.yaml").code());
            List<String> before = Cli.tables(db);
            String schema = db.schemaForMetadata() != null ? db.schemaForMetadata() : db.name();

            Cli.Result r = cli.run("drop-all", "--force", "--schemas", schema + ",nope, also_nope");
            assertEquals(2, r.code(), r.toString());
            assertTrue(r.err().matches("error TM200 drop-all: no schema 'nope', no schema 'also_nope' in this \\S+ [0-9.]+ database;"
                    + " nothing was dropped\n"), r.err());
            assertEquals(before, Cli.tables(db), "nothing dropped");

            Cli.Result empty = cli.run("drop-all", "--force", "--schemas", schema + ",,x");
            assertEquals("error TM200 --schemas has an empty name in '" + schema + ",,x'\n", empty.err());

            if (dbms.equals("mariadb")) {
                // MariaDB keeps database names as written (lower_case_table_names=0): a name in another case is another name.
                String upper = db.name().toUpperCase(java.util.Locale.ROOT);
                Cli.Result wrongCase = cli.run("drop-all", "--force", "--schemas", upper);
                assertTrue(wrongCase.err().startsWith("error TM200 drop-all: no schema '" + upper + "' (did you mean '" + db.name()
                        + "'?) in this MariaDB "), wrongCase.err());
            }
            assertEquals(before, Cli.tables(db), "nothing dropped");
        }
    }

    @org.junit.jupiter.api.Test
    void help_namesTheSchemasAndTheForce() {
        Cli.Result r = new Cli(dir, null).raw("drop-all", "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("--schemas <a,b>") && r.out().contains("comma-separated schemas to empty (databases on")
                && r.out().contains("--force <true|false>") && r.out().contains("--require-force <true|false>"), r.out());
    }

    private static String sequenceCount(TestDatabases.Scratch db) {
        switch (db.db()) {
            case "postgresql":
                return "SELECT COUNT(*) FROM information_schema.sequences WHERE sequence_schema = '" + db.name() + "'";
            case "mariadb":
                return "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '" + db.name() + "' AND table_type = 'SEQUENCE'";
            default:
                return "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SEQUENCES WHERE SEQUENCE_SCHEMA = 'PUBLIC'";
        }
    }
}
