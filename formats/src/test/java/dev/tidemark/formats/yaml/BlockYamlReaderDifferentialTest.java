// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.formats.yaml;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidemark.formats.tree.SourceText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fast path against SnakeYAML's on every YAML file of the repository, a generated changelog
 * and thousands of random documents: whatever the fast path reads, it reads into exactly the
 * tree SnakeYAML's path builds (records compare by value, locations included); whatever it
 * declines is read by SnakeYAML's path unchanged.
 */
class BlockYamlReaderDifferentialTest {
    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
    private static final Path INVALID = REPOSITORY.resolve("changelogs").resolve("invalid");

    static List<Path> yamlFiles() throws IOException {
        try (Stream<Path> changelogs = Files.walk(REPOSITORY.resolve("changelogs"));
                Stream<Path> resources = Files.walk(Path.of("src", "test", "resources").toAbsolutePath())) {
            return Stream.concat(changelogs, resources)
                    .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                    .sorted()
                    .collect(Collectors.toList());
        }
    }

    @ParameterizedTest
    @MethodSource("yamlFiles")
    void everyYamlFile_isReadAsSnakeYamlReadsIt_andOnlyInvalidOnesAreDeclined(Path file) throws IOException {
        SourceText source = new SourceText(REPOSITORY.relativize(file).toString().replace('\\', '/'), Files.readString(file));
        BlockYamlReader.Outcome fast = YamlPaths.fast(source);
        YamlPaths.assertSameAsSnakeYaml(source, fast);
        if (!file.startsWith(INVALID)) {
            assertFalse(fast.isDeclined(), () -> source.path() + " is left to SnakeYAML: line " + fast.line() + ": " + fast.reason());
        }
    }

    @Test
    void yamlFiles_includeEveryKindOfFixture() throws IOException {
        List<Path> files = yamlFiles();
        assertTrue(files.stream().anyMatch(f -> f.startsWith(INVALID)), files::toString);
        assertTrue(files.stream().anyMatch(f -> f.startsWith(REPOSITORY.resolve("changelogs").resolve("parity"))), files::toString);
        assertTrue(files.stream().anyMatch(f -> f.startsWith(REPOSITORY.resolve("changelogs").resolve("examples"))), files::toString);
        assertTrue(files.size() >= 70, "only " + files.size() + " YAML files found");
    }

    /** bench's ChangeLogGenerator output for 200 changesets (seed 20250601): the layout of large changelogs. */
    @Test
    void generatedChangelog_isReadAsSnakeYamlReadsIt() throws IOException {
        String content = Files.readString(Path.of("src", "test", "resources", "yaml", "generated-200.yaml"));
        assertTrue(content.contains("|-") && content.contains("\\t"), "the fixture has block scalars and escapes");
        YamlPaths.assertReadAlike(new SourceText("generated-200.yaml", content));
    }

    @Test
    void randomDocuments_areReadAsSnakeYamlReadsThem_orDeclined() {
        RandomYaml documents = new RandomYaml(20_250_601L);
        int count = 4000;
        int read = 0;
        for (int i = 0; i < count; i++) {
            SourceText source = new SourceText("random-" + i + ".yaml", documents.document());
            BlockYamlReader.Outcome fast = YamlPaths.fast(source);
            YamlPaths.assertSameAsSnakeYaml(source, fast);
            read += fast.isDeclined() ? 0 : 1;
        }
        int declined = count - read;
        assertTrue(read > count / 4 && declined > count / 10, read + " read, " + declined + " declined: both paths must be exercised");
    }

    @Test
    void damagedCopiesOfTheFixtures_areReadAsSnakeYamlReadsThem_orDeclined() throws IOException {
        List<String> fixtures = new ArrayList<>();
        for (Path file : yamlFiles()) {
            fixtures.add(Files.readString(file));
        }
        RandomYaml damage = new RandomYaml(20_250_602L);
        Random pick = new Random(20_250_603L);
        int count = 1500;
        int read = 0;
        for (int i = 0; i < count; i++) {
            String fixture = fixtures.get(pick.nextInt(fixtures.size()));
            String text = window(fixture, pick);
            SourceText source = new SourceText("damaged-" + i + ".yaml", text.isEmpty() ? text : damage.damage(text));
            BlockYamlReader.Outcome fast = YamlPaths.fast(source);
            YamlPaths.assertSameAsSnakeYaml(source, fast);
            read += fast.isDeclined() ? 0 : 1;
        }
        assertTrue(read > count / 5 && read < count, read + " of " + count + " read: both paths must be exercised");
    }

    /** A large file's head and a run of whole lines from somewhere inside it, to keep the test fast. */
    private static String window(String fixture, Random pick) {
        if (fixture.length() <= 8000) {
            return fixture;
        }
        int from = fixture.indexOf('\n', 600 + pick.nextInt(fixture.length() - 7000)) + 1;
        int to = fixture.indexOf('\n', Math.min(fixture.length() - 1, from + 6000)) + 1;
        return fixture.substring(0, fixture.indexOf('\n', 600) + 1) + fixture.substring(from, to == 0 ? fixture.length() : to);
    }
}
