package dev.tidemark.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidemark.error.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every bad changelog under changelogs/invalid/ gives exactly the diagnostics pinned in the
 * {@code <file>.expected} next to it. Lines starting with '#' in an expected file are notes
 * ({@code # schema-invalid} marks inputs the published schema must reject too). Run with
 * {@code -Dtidemark.regenerate=true} to rewrite the expected files after reviewing a change.
 */
class InvalidChangeLogsTest {
    static final Path DIR = Path.of("..", "changelogs", "invalid").toAbsolutePath().normalize();
    private static final boolean REGENERATE = Boolean.getBoolean("tidemark.regenerate");

    static List<Path> fixtures() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().matches(".*\\.(yaml|yml|json|xml|sql)"))
                    .sorted().collect(Collectors.toList());
        }
    }

    static List<String> actual(Path fixture) {
        ParseResult r = new ChangeLogParser(ParseOptions.isolated(DIR)).parse(fixture.getFileName().toString());
        return r.diagnostics().stream().map(Diagnostic::toString).collect(Collectors.toList());
    }

    @TestFactory
    Stream<DynamicTest> eachFixtureGivesItsPinnedDiagnostics() throws IOException {
        return fixtures().stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            Path expectedFile = f.resolveSibling(f.getFileName() + ".expected");
            List<String> got = actual(f);
            List<String> notes = new ArrayList<>();
            if (Files.exists(expectedFile)) {
                for (String line : Files.readAllLines(expectedFile)) {
                    if (line.startsWith("#")) {
                        notes.add(line);
                    }
                }
            }
            if (REGENERATE) {
                List<String> out = new ArrayList<>(notes);
                out.addAll(got);
                Files.write(expectedFile, out);
            }
            assertTrue(Files.exists(expectedFile), "missing " + expectedFile);
            List<String> expected = Files.readAllLines(expectedFile).stream()
                    .filter(l -> !l.startsWith("#") && !l.isBlank()).collect(Collectors.toList());
            assertEquals(String.join("\n", expected), String.join("\n", got));
            assertFalse(got.isEmpty(), "a bad input must give at least one diagnostic");
            for (String line : got) {
                assertFalse(line.contains("Exception") || line.contains("java.") || line.contains("org.xml")
                        || line.contains("org.yaml") || line.contains("com.fasterxml"), "leaks an internal name: " + line);
                assertTrue(line.startsWith(f.getFileName().toString()) || line.startsWith("_support/"),
                        "names its file first: " + line);
            }
        }));
    }

    @Test
    void thereAreAtLeastFortyAcrossTheFourFormats() throws IOException {
        List<Path> all = fixtures();
        assertTrue(all.size() >= 40, "only " + all.size() + " invalid fixtures");
        for (String ext : List.of("yaml", "json", "xml", "sql")) {
            long n = all.stream().filter(p -> p.toString().toLowerCase(Locale.ROOT).endsWith("." + ext)).count();
            assertTrue(n >= 8, "only " + n + " ." + ext + " fixtures");
        }
    }
}
