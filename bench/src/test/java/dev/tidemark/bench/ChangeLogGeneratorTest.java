// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidemark.formats.ChangeLogParser;
import dev.tidemark.formats.ParseOptions;
import dev.tidemark.formats.ParseResult;
import dev.tidemark.model.ChangeLogEntry;
import dev.tidemark.model.ChangeLogFile;
import dev.tidemark.model.ChangeSet;
import dev.tidemark.model.ColumnConfig;
import dev.tidemark.model.Value;
import dev.tidemark.model.change.AddColumn;
import dev.tidemark.model.change.AddForeignKeyConstraint;
import dev.tidemark.model.change.Change;
import dev.tidemark.model.change.CreateIndex;
import dev.tidemark.model.change.CreateTable;
import dev.tidemark.model.change.Insert;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangeLogGeneratorTest {

    @Test
    void generate_sameSeedGivesSameFiles(@TempDir Path dir) throws Exception {
        List<Path> first = ChangeLogGenerator.standard().write(300, dir.resolve("a"));
        List<Path> second = ChangeLogGenerator.standard().write(300, dir.resolve("b"));
        assertEquals(List.of("changelog.yaml", "changelog.json", "changelog.xml"),
                first.stream().map(p -> p.getFileName().toString()).collect(Collectors.toList()));
        for (int i = 0; i < first.size(); i++) {
            assertEquals(Files.readString(first.get(i)), Files.readString(second.get(i)));
        }
    }

    @Test
    void generate_otherSeedGivesOtherChangeLog() {
        ChangeLogFile standard = ChangeLogGenerator.standard().generate(50);
        ChangeLogFile other = new ChangeLogGenerator(Mix.standard(), 7).generate(50);
        assertNotEquals(standard.entries(), other.entries());
    }

    @Test
    void generate_makesOneChangePerChangeSetInTheStandardMix() {
        int n = 10_000;
        ChangeLogFile log = ChangeLogGenerator.standard().generate(n);
        assertEquals(n, log.entries().size());
        Map<String, Integer> counts = new TreeMap<>();
        for (Change change : changes(log)) {
            counts.merge(change.changeType().name(), 1, Integer::sum);
        }
        assertEquals(Set.of("createTable", "addColumn", "createIndex", "addForeignKeyConstraint", "insert"),
                counts.keySet());
        assertShare(counts, "createTable", 0.40, n);
        assertShare(counts, "addColumn", 0.20, n);
        assertShare(counts, "createIndex", 0.15, n);
        assertShare(counts, "addForeignKeyConstraint", 0.10, n);
        assertShare(counts, "insert", 0.15, n);
    }

    @Test
    void generate_createsTablesOfFiveToEightColumnsWithAnIdPrimaryKey() {
        for (Change change : changes(ChangeLogGenerator.standard().generate(2_000))) {
            if (change instanceof CreateTable) {
                List<ColumnConfig> columns = ((CreateTable) change).columns();
                assertTrue(columns.size() >= 5 && columns.size() <= 8, "column count " + columns.size());
                assertEquals("id", columns.get(0).name());
                assertEquals(Boolean.TRUE, columns.get(0).constraints().primaryKey());
            }
        }
    }

    /** Every change names only tables and columns created before it; foreign keys point at a key. */
    @Test
    void generate_refersOnlyToEarlierTablesAndColumns() {
        Map<String, Set<String>> tables = new HashMap<>();
        Map<String, String> keyType = new HashMap<>();
        Map<String, String> columnType = new HashMap<>();
        Set<String> indexNames = new HashSet<>();
        Set<String> foreignKeyNames = new HashSet<>();
        for (Change change : changes(ChangeLogGenerator.standard().generate(5_000))) {
            if (change instanceof CreateTable) {
                CreateTable t = (CreateTable) change;
                assertFalse(tables.containsKey(t.tableName()), "table created twice: " + t.tableName());
                Set<String> names = new HashSet<>();
                for (ColumnConfig c : t.columns()) {
                    assertTrue(names.add(c.name()), "column twice in " + t.tableName() + ": " + c.name());
                    columnType.put(t.tableName() + "." + c.name(), c.type());
                }
                tables.put(t.tableName(), names);
                keyType.put(t.tableName(), t.columns().get(0).type());
            } else if (change instanceof AddColumn) {
                AddColumn a = (AddColumn) change;
                for (ColumnConfig c : a.columns()) {
                    assertTrue(existing(tables, a.tableName()).add(c.name()), "column exists: " + c.name());
                    columnType.put(a.tableName() + "." + c.name(), c.type());
                }
            } else if (change instanceof CreateIndex) {
                CreateIndex i = (CreateIndex) change;
                assertTrue(indexNames.add(i.indexName()), "index name twice: " + i.indexName());
                for (ColumnConfig c : i.columns()) {
                    assertTrue(existing(tables, i.tableName()).contains(c.name()), i.tableName() + "." + c.name());
                }
            } else if (change instanceof AddForeignKeyConstraint) {
                AddForeignKeyConstraint f = (AddForeignKeyConstraint) change;
                assertTrue(foreignKeyNames.add(f.constraintName()), "foreign key name twice: " + f.constraintName());
                assertTrue(existing(tables, f.baseTableName()).contains(f.baseColumnNames()));
                assertEquals("id", f.referencedColumnNames());
                assertEquals(keyType.get(existingName(tables, f.referencedTableName())),
                        columnType.get(f.baseTableName() + "." + f.baseColumnNames()));
            } else if (change instanceof Insert) {
                Insert in = (Insert) change;
                for (ColumnConfig c : in.columns()) {
                    assertTrue(existing(tables, in.tableName()).contains(c.name()), in.tableName() + "." + c.name());
                    assertNotEquals(Value.NONE, c.valueSpec(), "no value for " + c.name());
                }
            }
        }
    }

    @Test
    void writtenFiles_readBackWithoutDiagnosticsAsTheGeneratedChangeSets(@TempDir Path dir) {
        ChangeLogFile generated = ChangeLogGenerator.standard().generate(400);
        List<Path> files = ChangeLogGenerator.write(generated, dir, FormatOutput.standard());
        List<String> expectedIds = generated.entries().stream().map(e -> ((ChangeSet) e).id())
                .collect(Collectors.toList());
        for (Path file : files) {
            ParseResult result = new ChangeLogParser(ParseOptions.isolated(dir)).parse(file.getFileName().toString());
            assertEquals(List.of(), result.diagnostics(), file.toString());
            List<ChangeSet> read = result.orThrow().changeSets();
            assertEquals(expectedIds, read.stream().map(ChangeSet::id).collect(Collectors.toList()));
            for (int i = 0; i < read.size(); i++) {
                ChangeSet want = (ChangeSet) generated.entries().get(i);
                assertEquals(want.changes().get(0).changeType(), read.get(i).changes().get(0).changeType());
                assertEquals(want.author(), read.get(i).author());
                assertEquals(want.comment(), read.get(i).comment());
            }
        }
    }

    /** The changes in order, checking that each changeset holds exactly one. */
    private static List<Change> changes(ChangeLogFile log) {
        List<Change> out = new ArrayList<>();
        for (ChangeLogEntry entry : log.entries()) {
            List<Change> changes = ((ChangeSet) entry).changes();
            assertEquals(1, changes.size(), ((ChangeSet) entry).id());
            out.add(changes.get(0));
        }
        return out;
    }

    private static Set<String> existing(Map<String, Set<String>> tables, String name) {
        return tables.get(existingName(tables, name));
    }

    private static String existingName(Map<String, Set<String>> tables, String name) {
        assertTrue(tables.containsKey(name), "no earlier table " + name);
        return name;
    }

    /** Within two percentage points of the target share. */
    private static void assertShare(Map<String, Integer> counts, String type, double share, int n) {
        double actual = counts.getOrDefault(type, 0) / (double) n;
        assertTrue(Math.abs(actual - share) < 0.02, type + " share " + actual + ", wanted " + share);
    }
}
