package dev.tidemark.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidemark.Tidemark;
import dev.tidemark.checksum.ChangeFiles;
import dev.tidemark.checksum.CheckSums;
import dev.tidemark.dialect.Dialects;
import dev.tidemark.formats.ChangeLogFiles;
import dev.tidemark.formats.ChangeLogParser;
import dev.tidemark.formats.ParseOptions;
import dev.tidemark.formats.ParseResult;
import dev.tidemark.history.TrackingTables;
import dev.tidemark.model.ChangeSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tidemark's checksums against Liquibase 4.33.0's, both computed in this run from the same files:
 * every changeset of every parity fixture in every format, of the example changelog, of the
 * engine's checksum edge cases and of a generated changelog of 1,000 changesets, on PostgreSQL,
 * MariaDB, H2, Oracle and SQL Server (offline), in the current algorithm (9:) and the one Liquibase 3.5 to 4.21
 * wrote (8:). Nothing here is a stored expectation except the published vectors.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiquibaseCheckSumDifferentialTest {
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final Path PARITY = ROOT.resolve("changelogs/parity");
    static final Path CASES = ROOT.resolve("engine/src/test/resources/checksum/cases");
    /** SQL Server has no Tidemark dialect; its checksums are still Liquibase's (fixtures carry mssql-only changesets). */
    static final List<String> DATABASES = List.of("postgresql", "mariadb", "h2", "oracle", "mssql");
    /** Tidemark refuses custom Java changes; Liquibase cannot even parse the folder without the class. */
    static final String REFUSED = "customChange";

    private final AtomicInteger compared = new AtomicInteger();
    private final AtomicInteger changeSetsCovered = new AtomicInteger();

    @TempDir
    Path dir;
    /** Liquibase's own files (its offline databases' history). */
    @TempDir
    Path scratch;

    @TestFactory
    Stream<DynamicTest> parityFixtures_everyFormat() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> folders = Files.list(PARITY)) {
            for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                if (folder.getFileName().toString().equals(REFUSED)) {
                    continue;
                }
                for (String file : changeLogsIn(folder)) {
                    tests.add(DynamicTest.dynamicTest(folder.getFileName() + "/" + file, () -> assertSameCheckSums(folder, file, DATABASES)));
                }
            }
        }
        assertTrue(tests.size() >= 46 * 3, "every parity folder has its three tree formats: " + tests.size());
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> checkSumEdgeCases() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> folders = Files.list(CASES)) {
            for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                for (String file : changeLogsIn(folder)) {
                    tests.add(DynamicTest.dynamicTest(folder.getFileName() + "/" + file, () -> assertSameCheckSums(folder, file, DATABASES)));
                }
            }
        }
        return tests.stream();
    }

    @Test
    void exampleChangeLog_withItsIncludesInFourFormats() throws Exception {
        int count = assertSameCheckSums(ROOT.resolve("changelogs/examples"), "changelog.yaml", DATABASES);
        assertEquals(25, count, "the example's changesets");
    }

    /** cli's take-over fixture before and after its edits: modifySql for one database, dbms-filtered changes, validCheckSum. */
    @TestFactory
    Stream<DynamicTest> takeOverFixture() {
        Path interop = Path.of("src", "test", "resources", "interop").toAbsolutePath();
        return Stream.of("base", "next").map(version -> DynamicTest.dynamicTest(version, () -> {
            Path folder = dir.resolve(version);
            for (String layer : version.equals("base") ? List.of("base") : List.of("base", "next")) {
                copyTree(interop.resolve(layer), folder);
            }
            assertSameCheckSums(folder, "changelog.yaml", DATABASES);
        }));
    }

    /**
     * changelogs/generated: written once by bench's ChangeLogGenerator ({@code generate 1000}), in three
     * formats. Nothing in it depends on the database, so one is enough.
     */
    @TestFactory
    Stream<DynamicTest> generatedChangeLogOfAThousandChangeSets() {
        return Stream.of("changelog.yaml", "changelog.json", "changelog.xml").map(file -> DynamicTest.dynamicTest(file, () -> {
            int count = assertSameCheckSums(ROOT.resolve("changelogs/generated"), file, List.of("postgresql"));
            assertEquals(1000, count, file);
        }));
    }

    /**
     * The vectors published in the reference (section 6) and in Liquibase's own calculateChecksum
     * test: Liquibase and Tidemark both give them.
     */
    @Test
    void publishedVectors() throws Exception {
        Files.writeString(dir.resolve("person.xml"), xml("<changeSet id=\"1\" author=\"a\"><createTable tableName=\"person\">"
                + "<column name=\"id\" type=\"int\"><constraints primaryKey=\"true\" nullable=\"false\"/></column>"
                + "<column name=\"name\" type=\"varchar(50)\"/></createTable></changeSet>"));
        Files.writeString(dir.resolve("insert.xml"), xml("<changeSet id=\"1\" author=\"a\">"
                + "<sql>insert into person (id, name) values (1, 'Bob')</sql></changeSet>"));
        Files.writeString(dir.resolve("formatted.sql"), "--liquibase formatted sql\n\n--changeset a:1\n-- a comment line\n"
                + "insert into t1 values (1);\ninsert into t1 values (2);\n--rollback delete from t1;\n");
        Files.copy(CASES.resolve("official/rollback.tag.changelog.xml"), dir.resolve("rollback.tag.changelog.xml"));

        assertVector("person.xml::1::a", "9:3d828f93c7594c31e5da979cbc268032", "8:29885bc9854106c40d48e6b1dc33111b");
        assertVector("rollback.tag.changelog.xml::1::nvoxland", "9:10de8cd690aed1d88d837cbe555d1684", "8:b6084e5d5f46b534bbbe18a0d35d34e0");
        assertVector("insert.xml::1::a", "9:52887f144050f606c9227bc7dc018a82", "8:ff321520d7199b19855834f2de100d40");
        assertVector("formatted.sql::1::a", "9:cc9f5a6fe86b45b8a3941d05caf98723", null);
    }

    private void assertVector(String identifier, String v9, String v8) throws Exception {
        String file = identifier.substring(0, identifier.indexOf("::"));
        LiquibaseOracle.Sums theirs = LiquibaseOracle.checkSums(dir, file, "h2", scratch).get(identifier);
        Tidemark ours = tidemark(dir, file, "h2");
        ChangeSet cs = parse(dir, file, "h2").changeLog().orElseThrow().changeSets().get(0);
        assertEquals(v9, theirs.v9(), "Liquibase, " + identifier);
        assertEquals(v9, ours.checkSum(cs), "Tidemark, " + identifier);
        if (v8 != null) {
            assertEquals(v8, theirs.v8(), "Liquibase V8, " + identifier);
            assertEquals(v8, ours.checkSum(cs, 8), "Tidemark V8, " + identifier);
        } else {
            assertEquals(theirs.v8(), ours.checkSum(cs, 8), "V8, " + identifier);
        }
        compared.addAndGet(2);
    }

    @AfterAll
    void report() {
        System.out.println("LiquibaseCheckSumDifferentialTest: " + compared.get() + " checksums compared with Liquibase 4.33.0 ("
                + changeSetsCovered.get() + " changeset readings, V9 and V8 each)");
    }

    /**
     * Parses {@code file} with both, on each database, and compares every changeset Liquibase keeps
     * there; every changeset Tidemark reads must be compared on at least one database. Returns the
     * number of changesets Tidemark read.
     */
    private int assertSameCheckSums(Path folder, String file, List<String> databases) throws Exception {
        List<String> mismatches = new ArrayList<>();
        Set<String> coveredAnywhere = new LinkedHashSet<>();
        List<String> ourIdentities = null;
        for (String dbms : databases) {
            ParseResult parsed = parse(folder, file, dbms);
            Map<String, ChangeSet> ours = new LinkedHashMap<>();
            for (ChangeSet cs : parsed.changeLog().orElseThrow().changeSets()) {
                ours.put(cs.filePath() + "::" + cs.id() + "::" + cs.author(), cs);
            }
            ourIdentities = List.copyOf(ours.keySet());
            CheckSummer tidemark = checkSummer(folder, parsed, dbms);
            Map<String, LiquibaseOracle.Sums> theirs = LiquibaseOracle.checkSums(folder, file, dbms, scratch);
            for (Map.Entry<String, LiquibaseOracle.Sums> e : theirs.entrySet()) {
                ChangeSet cs = ours.get(e.getKey());
                if (cs == null) {
                    mismatches.add(dbms + " " + e.getKey() + ": Liquibase reads it, Tidemark does not (Tidemark: " + ours.keySet() + ")");
                    continue;
                }
                String v9 = tidemark.checkSum(cs);
                String v8 = tidemark.checkSum(cs, 8);
                if (!v9.equals(e.getValue().v9())) {
                    mismatches.add(dbms + " " + e.getKey() + " V9: Liquibase " + e.getValue().v9() + ", Tidemark " + v9);
                }
                if (!v8.equals(e.getValue().v8())) {
                    mismatches.add(dbms + " " + e.getKey() + " V8: Liquibase " + e.getValue().v8() + ", Tidemark " + v8);
                }
                compared.addAndGet(2);
                changeSetsCovered.incrementAndGet();
                coveredAnywhere.add(e.getKey());
            }
        }
        assertEquals("", String.join("\n", mismatches), folder.getFileName() + "/" + file);
        List<String> uncompared = ourIdentities.stream().filter(id -> !coveredAnywhere.contains(id)).toList();
        assertEquals(List.of(), uncompared, "changesets Liquibase kept on none of " + databases);
        assertFalse(ourIdentities.isEmpty(), file + " has changesets");
        return ourIdentities.size();
    }

    private static ParseResult parse(Path folder, String file, String dbms) {
        ParseResult r = new ChangeLogParser(ParseOptions.isolated(folder).withDbms(dbms)).parse(file);
        assertEquals("", r.errors().stream().map(Object::toString).collect(Collectors.joining("\n")), file + " has errors");
        return r;
    }

    private static Tidemark tidemark(Path folder, String file, String dbms) {
        return tidemark(folder, parse(folder, file, dbms), dbms);
    }

    /** The engine as the CLI wires it for an offline database. */
    private static Tidemark tidemark(Path folder, ParseResult parsed, String dbms) {
        ParseOptions options = ParseOptions.isolated(folder).withDbms(dbms);
        return new Tidemark(Dialects.named(dbms, null), TrackingTables.defaults(), ChangeLogFiles.of(parsed, options),
                parsed.properties());
    }

    /** A changeset's checksum in an algorithm version. */
    private interface CheckSummer {
        String checkSum(ChangeSet cs, int version);

        default String checkSum(ChangeSet cs) {
            return checkSum(cs, CheckSums.LATEST);
        }
    }

    /** The facade's checksums where Tidemark has a dialect; the checksum package's own for other databases. */
    private static CheckSummer checkSummer(Path folder, ParseResult parsed, String dbms) {
        if (Dialects.names().contains(dbms)) {
            Tidemark tidemark = tidemark(folder, parsed, dbms);
            return (cs, version) -> version == CheckSums.LATEST ? tidemark.checkSum(cs) : tidemark.checkSum(cs, version);
        }
        ChangeFiles files = ChangeFiles.of(ChangeLogFiles.of(parsed, ParseOptions.isolated(folder).withDbms(dbms)), parsed.properties());
        return (cs, version) -> CheckSums.compute(cs, version, dbms, files).toString();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static List<String> changeLogsIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.matches("(.*[.-])?changelog\\.(xml|yaml|json|sql)"))
                    .sorted().toList();
        }
    }

    private static String xml(String body) {
        return "<databaseChangeLog xmlns=\"http://www.liquibase.org/xml/ns/dbchangelog\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                + " xsi:schemaLocation=\"http://www.liquibase.org/xml/ns/dbchangelog"
                + " http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-latest.xsd\">" + body + "</databaseChangeLog>";
    }
}
