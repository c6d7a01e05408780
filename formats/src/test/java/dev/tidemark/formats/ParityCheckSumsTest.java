// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidemark.checksum.ChangeFiles;
import dev.tidemark.checksum.CheckSums;
import dev.tidemark.checksum.Descriptions;
import dev.tidemark.error.ErrorCode;
import dev.tidemark.model.ChangeLog;
import dev.tidemark.model.ChangeLogEntry;
import dev.tidemark.model.ChangeLogFile;
import dev.tidemark.model.ChangeSet;
import dev.tidemark.model.Property;
import dev.tidemark.model.SourceLocation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Checksums and descriptions of parsed changelogs against the values Liquibase 4.33.0 computed
 * for the same files, in every format: changelogs/parity/<type>/checksums.txt (V9 on PostgreSQL),
 * and engine's test resources checksum/parity-expected.tsv (V9 on PostgreSQL and MariaDB, V8,
 * DESCRIPTION) and checksum/cases/<case>/expected.tsv (edge cases).
 */
class ParityCheckSumsTest {
    static final Path PARITY = Path.of("..", "changelogs", "parity").toAbsolutePath().normalize();
    static final Path CHECKSUM = Path.of("..", "engine", "src", "test", "resources", "checksum").toAbsolutePath().normalize();
    static final List<String> FORMATS = List.of("changelog.yaml", "changelog.json", "changelog.xml");
    /** Refused by Tidemark (custom Java classes); its checksum is covered by the engine's CheckSumsTest. */
    static final String REFUSED = "customChange";

    /** One changeset's expected values, as Liquibase computed them. */
    record Expected(String v9Postgres, String v9MariaDb, String v8, String description) {
    }

    @TestFactory
    Stream<DynamicTest> parityChecksumsMatchLiquibaseInEveryFormat() throws IOException {
        Map<String, Map<String, Expected>> expected = readExpected(CHECKSUM.resolve("parity-expected.tsv"), true);
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> folders = Files.list(PARITY)) {
            for (Path folder : folders.filter(f -> Files.isRegularFile(f.resolve("checksums.txt"))).sorted().toList()) {
                String type = folder.getFileName().toString();
                for (String file : FORMATS) {
                    tests.add(DynamicTest.dynamicTest(type + "/" + file, () -> {
                        if (type.equals(REFUSED)) {
                            assertRefused(folder, file);
                            return;
                        }
                        Map<String, String> published = readPublished(folder.resolve("checksums.txt"));
                        List<ChangeSet> changeSets = parse(folder, file).changeSets();
                        assertEquals(List.copyOf(published.keySet()), identities(changeSets), "changesets of " + file);
                        ChangeFiles files = files(folder, parse(folder, file));
                        for (ChangeSet cs : changeSets) {
                            String id = cs.id() + "::" + cs.author();
                            assertEquals(published.get(id), CheckSums.compute(cs, 9, "postgresql", files).toString(),
                                    id + " V9 (checksums.txt)");
                            assertMatches(expected.get(type).get(id), cs, files, id);
                        }
                    }));
                }
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> edgeCaseChecksumsMatchLiquibase() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> folders = Files.list(CHECKSUM.resolve("cases"))) {
            for (Path folder : folders.sorted().toList()) {
                String file;
                try (Stream<Path> inFolder = Files.list(folder)) {
                    file = inFolder.map(p -> p.getFileName().toString())
                            .filter(n -> n.matches(".*changelog\\.(xml|yaml|json|sql)")).findFirst().orElseThrow();
                }
                tests.add(DynamicTest.dynamicTest(folder.getFileName() + "/" + file, () -> {
                    Map<String, Expected> expected = readExpected(folder.resolve("expected.tsv"), false).get("");
                    ChangeLog log = parse(folder, file);
                    assertEquals(List.copyOf(expected.keySet()), identities(log.changeSets()), "changesets of " + file);
                    ChangeFiles files = files(folder, log);
                    for (ChangeSet cs : log.changeSets()) {
                        String id = cs.id() + "::" + cs.author();
                        assertMatches(expected.get(id), cs, files, id);
                    }
                }));
            }
        }
        return tests.stream();
    }

    private static void assertMatches(Expected expected, ChangeSet cs, ChangeFiles files, String id) {
        assertEquals(expected.v9Postgres(), CheckSums.compute(cs, 9, "postgresql", files).toString(), id + " V9 on postgresql");
        assertEquals(expected.v9MariaDb(), CheckSums.compute(cs, 9, "mariadb", files).toString(), id + " V9 on mariadb");
        assertEquals(expected.v8(), CheckSums.compute(cs, 8, "postgresql", files).toString(), id + " V8");
        assertEquals(expected.description(), Descriptions.of(cs), id + " description");
    }

    private static void assertRefused(Path folder, String file) {
        ParseResult r = new ChangeLogParser(ParseOptions.isolated(folder)).parse(file);
        assertTrue(r.hasErrors(), file + " should be refused");
        assertEquals(List.of(ErrorCode.UNSUPPORTED), r.errors().stream().map(d -> d.code()).distinct().toList());
    }

    private static ChangeLog parse(Path folder, String file) {
        ParseResult r = new ChangeLogParser(ParseOptions.isolated(folder)).parse(file);
        assertEquals("", r.errors().stream().map(Object::toString).collect(Collectors.joining("\n")),
                folder.getFileName() + "/" + file + " has errors");
        return r.changeLog().orElseThrow();
    }

    private static List<String> identities(List<ChangeSet> changeSets) {
        return changeSets.stream().map(cs -> cs.id() + "::" + cs.author()).toList();
    }

    /** Files beside the changelog; ${name} replaced by the changelog's properties. */
    private static ChangeFiles files(Path folder, ChangeLog log) {
        Map<String, String> properties = new HashMap<>();
        for (ChangeLogFile file : log.files()) {
            for (ChangeLogEntry entry : file.entries()) {
                if (entry instanceof Property && ((Property) entry).name() != null) {
                    properties.put(((Property) entry).name(), ((Property) entry).value());
                }
            }
        }
        Pattern reference = Pattern.compile("\\$\\{([^}]+)}");
        return new ChangeFiles() {
            @Override
            public byte[] read(String path, boolean relativeToChangelog, SourceLocation from) {
                try {
                    return Files.readAllBytes(folder.resolve(path));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public String expandProperties(String text) {
                Matcher m = reference.matcher(text);
                StringBuilder out = new StringBuilder();
                while (m.find()) {
                    String value = properties.get(m.group(1));
                    m.appendReplacement(out, Matcher.quoteReplacement(value != null ? value : m.group()));
                }
                return m.appendTail(out).toString();
            }
        };
    }

    /** {@code <id>::<author> <9:...>} lines. */
    private static Map<String, String> readPublished(Path file) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank()) {
                String[] parts = line.trim().split(" ");
                out.put(parts[0], parts[1]);
            }
        }
        return out;
    }

    /** Tab-separated: [folder,] changeset, V9 on PostgreSQL, V9 on MariaDB, V8, description; by folder ("" without). */
    private static Map<String, Map<String, Expected>> readExpected(Path file, boolean withFolder) throws IOException {
        Map<String, Map<String, Expected>> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            int o = withFolder ? 1 : 0;
            out.computeIfAbsent(withFolder ? f[0] : "", k -> new LinkedHashMap<>())
                    .put(f[o], new Expected(f[o + 1], f[o + 2], f[o + 3], f[o + 4]));
        }
        return out;
    }
}
