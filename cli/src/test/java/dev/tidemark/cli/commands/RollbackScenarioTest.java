package dev.tidemark.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tidemark.cli.db.TestDatabases;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A changelog of 50 changesets (tables, columns added to them, indexes, and two tags): update,
 * rollback-count 20, update again, rollback to each tag; after each step the history and the
 * schema (through JDBC metadata) are what the steps imply.
 */
class RollbackScenarioTest {
    private static final int SIZE = 50;
    private static final List<Integer> TAGS = List.of(10, 35);

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql", "mariadb"})
    void fiftyChangeSets_updateRollbackCountUpdateRollbackToTags(String dbms) throws Exception {
        try (TestDatabases.Scratch db = TestDatabases.scratch(dbms)) {
            Cli cli = new Cli(dir, db.url()).write("changelog.yaml", changelog());
            ok(cli, "update");
            expect(db, SIZE);

            ok(cli, "rollback-count", "--count", "20");
            expect(db, 30);

            ok(cli, "update");
            expect(db, SIZE);

            ok(cli, "rollback", "--tag", "v35");
            // The changeset that sets the tag only tags, so it is rolled back too (Liquibase 4.33).
            expect(db, 34);

            ok(cli, "rollback", "--tag", "v10");
            expect(db, 9);

            ok(cli, "update-count", "--count", "3");
            expect(db, 12);
        }
    }

    private static void ok(Cli cli, String command, String... args) {
        List<String> all = new ArrayList<>(List.of("--changelog-file", "changelog.yaml"));
        all.addAll(List.of(args));
        Cli.Result r = cli.run(command, all.toArray(new String[0]));
        assertEquals(0, r.code(), command + " " + all + ": " + r);
    }

    /** The history holds changesets 1..n in order, and the schema is what they make. */
    private static void expect(TestDatabases.Scratch db, int n) throws Exception {
        List<List<String>> ids = Cli.query(db, "SELECT ID FROM DATABASECHANGELOG ORDER BY ORDEREXECUTED");
        assertEquals(IntStream.rangeClosed(1, n).mapToObj(i -> List.of("cs" + i)).toList(), ids, "history after " + n);
        List<String> tables = new ArrayList<>(List.of("DATABASECHANGELOG", "DATABASECHANGELOGLOCK"));
        for (int i = 1; i <= n; i++) {
            if (kind(i) == Kind.TABLE) {
                tables.add("T" + i);
            }
        }
        tables.sort(null);
        assertEquals(tables, Cli.tables(db), "tables after " + n);
        for (int i = 1; i <= n; i++) {
            if (kind(i) == Kind.TABLE) {
                List<String> columns = new ArrayList<>(List.of("ID", "NAME"));
                if (i + 1 <= n && kind(i + 1) == Kind.COLUMN) {
                    columns.add("C" + (i + 1));
                }
                assertEquals(columns, Cli.columns(db, "t" + i), "columns of t" + i + " after " + n);
            }
        }
        List<List<String>> indexes = indexes(db);
        List<List<String>> expected = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            if (kind(i) == Kind.INDEX) {
                expected.add(List.of("ix" + i));
            }
        }
        assertEquals(expected, indexes, "indexes after " + n);
    }

    private static List<List<String>> indexes(TestDatabases.Scratch db) throws Exception {
        List<List<String>> out = new ArrayList<>();
        try (java.sql.Connection c = db.connect()) {
            for (String table : Cli.tables(db)) {
                if (table.startsWith("DATABASECHANGELOG")) {
                    continue;
                }
                String name = db.db().equals("h2") ? table : table.toLowerCase(Locale.ROOT);
                try (java.sql.ResultSet rs = c.getMetaData().getIndexInfo(db.catalogForMetadata(), db.schemaForMetadata(), name, false,
                        true)) {
                    while (rs.next()) {
                        String ix = rs.getString("INDEX_NAME");
                        if (ix != null && ix.toLowerCase(Locale.ROOT).startsWith("ix")) {
                            out.add(List.of(ix.toLowerCase(Locale.ROOT)));
                        }
                    }
                }
            }
        }
        out.sort(java.util.Comparator.comparingInt(l -> Integer.parseInt(l.get(0).substring(2))));
        return out;
    }

    private enum Kind { TABLE, COLUMN, INDEX, TAG }

    /** Changeset i: a tag at 10 and 35; otherwise a table, a column added to the table before it, or an index on that column. */
    private static Kind kind(int i) {
        if (TAGS.contains(i)) {
            return Kind.TAG;
        }
        if (i >= 2 && kind(i - 1) == Kind.TABLE) {
            return Kind.COLUMN;
        }
        if (i >= 3 && kind(i - 1) == Kind.COLUMN) {
            return Kind.INDEX;
        }
        return Kind.TABLE;
    }

    private static String changelog() {
        StringBuilder out = new StringBuilder("databaseChangeLog:\n");
        for (int i = 1; i <= SIZE; i++) {
            out.append("  - changeSet:\n      id: cs").append(i).append("\n      author: scenario\n      changes:\n");
            switch (kind(i)) {
                case TAG:
                    out.append("        - tagDatabase: {tag: v").append(i).append("}\n");
                    break;
                case TABLE:
                    out.append("        - createTable:\n            tableName: t").append(i).append("\n            columns:\n")
                            .append("              - column: {name: id, type: int, constraints: {primaryKey: true}}\n")
                            .append("              - column: {name: name, type: varchar(20)}\n");
                    break;
                case COLUMN:
                    out.append("        - addColumn:\n            tableName: t").append(i - 1).append("\n            columns:\n")
                            .append("              - column: {name: c").append(i).append(", type: int, defaultValueNumeric: ").append(i)
                            .append("}\n");
                    break;
                default:
                    out.append("        - createIndex:\n            tableName: t").append(i - 2).append("\n            indexName: ix")
                            .append(i).append("\n            columns:\n              - column: {name: c").append(i - 1).append("}\n");
            }
        }
        return out.toString();
    }
}
