package dev.tidemark.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tidemark.checksum.ChangeFiles;
import dev.tidemark.checksum.CheckSums;
import dev.tidemark.formats.ChangeLogFiles;
import dev.tidemark.formats.ChangeLogParser;
import dev.tidemark.formats.ParseOptions;
import dev.tidemark.formats.ParseResult;
import dev.tidemark.model.ChangeSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Pins the checksums Tidemark computes for stored changelogs, so that any drift of a single value
 * shows, however the checksum code is reworked: the generated changelog of 1,000 changesets in its
 * three formats, and every parity fixture and checksum edge case. Each changeset is hashed in V9 and
 * V8, for PostgreSQL and for no database (which keeps every dbms-filtered change and modifySql block).
 * The golden files were written by the checksum code as it was before its rewrite for speed, which
 * {@link LiquibaseCheckSumDifferentialTest} checks against Liquibase itself; rewrite them only with
 * {@code -Dtidemark.checksums.rewrite=true} after a deliberate change of a checksum.
 */
class CheckSumGoldenTest {
    static final Path ROOT = LiquibaseCheckSumDifferentialTest.ROOT;
    static final Path GOLDEN = Path.of("src", "test", "resources", "checksums").toAbsolutePath();
    static final boolean REWRITE = Boolean.getBoolean("tidemark.checksums.rewrite");

    @TestFactory
    Stream<DynamicTest> generatedChangeLog_checkSumsAsPinned() {
        return Stream.of("changelog.yaml", "changelog.json", "changelog.xml").map(file -> DynamicTest.dynamicTest(file, () -> {
            List<String> lines = checkSums(ROOT.resolve("changelogs/generated"), file, false);
            assertEquals(1000 * 2, lines.size(), "two lines for each changeset");
            // the three formats hold the same changesets, so one golden file serves them all
            assertGolden("generated.txt", lines);
        }));
    }

    @TestFactory
    Stream<DynamicTest> fixtures_checkSumsAsPinned() throws IOException {
        List<Path> folders = new ArrayList<>();
        for (Path parent : List.of(LiquibaseCheckSumDifferentialTest.PARITY, LiquibaseCheckSumDifferentialTest.CASES)) {
            try (Stream<Path> list = Files.list(parent)) {
                list.filter(Files::isDirectory)
                        .filter(f -> !f.getFileName().toString().equals(LiquibaseCheckSumDifferentialTest.REFUSED))
                        .sorted().forEach(folders::add);
            }
        }
        return folders.stream().map(folder -> DynamicTest.dynamicTest(ROOT.relativize(folder).toString(), () -> {
            List<String> lines = new ArrayList<>();
            for (String file : changeLogsIn(folder)) {
                lines.add("# " + file);
                lines.addAll(checkSums(folder, file, true));
            }
            assertGolden(ROOT.relativize(folder).toString().replace('/', '.') + ".txt", lines);
        }));
    }

    /**
     * Per changeset: {@code [<path>::]<id>::<author> <dbms> <V9> <V8>}, for PostgreSQL and for no
     * database; without the path, the same changesets in different files give the same lines.
     */
    private static List<String> checkSums(Path folder, String file, boolean withPath) {
        List<String> lines = new ArrayList<>();
        ParseOptions options = ParseOptions.isolated(folder).withDbms("postgresql");
        ParseResult parsed = new ChangeLogParser(options).parse(file);
        assertEquals("", parsed.errors().stream().map(Object::toString).collect(Collectors.joining("\n")), file + " has errors");
        ChangeFiles files = ChangeFiles.of(ChangeLogFiles.of(parsed, options), parsed.properties());
        for (String dbms : Arrays.asList("postgresql", null)) {
            for (ChangeSet cs : parsed.changeLog().orElseThrow().changeSets()) {
                lines.add((withPath ? cs.filePath() + "::" : "") + cs.id() + "::" + cs.author() + " " + (dbms == null ? "any" : dbms)
                        + " " + CheckSums.compute(cs, 9, dbms, files) + " " + CheckSums.compute(cs, 8, dbms, files));
            }
        }
        return lines;
    }

    private static void assertGolden(String name, List<String> lines) throws IOException {
        Path golden = GOLDEN.resolve(name);
        String actual = String.join("\n", lines) + "\n";
        if (REWRITE) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, golden.toString());
    }

    private static List<String> changeLogsIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.matches("(.*[.-])?changelog\\.(xml|yaml|json|sql)"))
                    .sorted().toList();
        }
    }
}
