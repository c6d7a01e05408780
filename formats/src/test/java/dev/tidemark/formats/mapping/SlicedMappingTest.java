// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.formats.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidemark.error.Diagnostic;
import dev.tidemark.formats.tree.ParsedTree;
import dev.tidemark.formats.tree.SourceText;
import dev.tidemark.formats.yaml.YamlTreeReader;
import dev.tidemark.model.ChangeLogFile;
import dev.tidemark.model.ChangeSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Long runs of changesets are mapped in slices on several threads; the file's model and its
 * diagnostics must be exactly those of mapping on one thread, in the same order.
 */
class SlicedMappingTest {
    private static final Path GENERATED = Path.of("..", "changelogs", "generated", "changelog.yaml");

    private record Mapped(ChangeLogFile file, List<Diagnostic> diagnostics) {
    }

    private static Mapped map(String yaml, int minSlice) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        ParsedTree tree = new YamlTreeReader().read(new SourceText("changelog.yaml", yaml), diagnostics).orElseThrow();
        ChangeLogParameters parameters = new ChangeLogParameters(Map.of(), Map.of(), Map.of(), Map.of("known", "value"));
        ChangeLogMapper mapper = new ChangeLogMapper(tree, diagnostics, parameters, false, p -> Map.of(), p -> true, minSlice);
        return new Mapped(mapper.map(tree.root(), "changelog.yaml", ChangeLogFile.Format.YAML), diagnostics);
    }

    private static void assertSameAsOneThread(String yaml) {
        Mapped one = map(yaml, Integer.MAX_VALUE);
        for (int minSlice : new int[] {1, 7, 250}) {
            Mapped sliced = map(yaml, minSlice);
            assertEquals(one.file(), sliced.file(), "model with slices of at least " + minSlice);
            assertEquals(one.diagnostics(), sliced.diagnostics(), "diagnostics with slices of at least " + minSlice);
        }
    }

    @Test
    void theGeneratedChangelogMapsTheSameInSlices() throws IOException {
        String yaml = Files.readString(GENERATED);
        Mapped one = map(yaml, Integer.MAX_VALUE);
        assertEquals(1000, one.file().entries().stream().filter(e -> e instanceof ChangeSet).count());
        assertSameAsOneThread(yaml);
    }

    @Test
    void problemsAcrossSlicesAndPropertiesBetweenRunsComeOutInFileOrder() {
        StringBuilder yaml = new StringBuilder("databaseChangeLog:\n");
        for (int i = 1; i <= 60; i++) {
            if (i % 20 == 0) {
                yaml.append("  - property:\n      name: p").append(i).append("\n      value: v").append(i).append('\n');
            }
            yaml.append("  - changeSet:\n      id: cs-").append(i).append("\n      author: a\n");
            if (i % 9 == 0) {
                yaml.append("      unknownThing: ").append(i).append('\n');
            }
            yaml.append("      changes:\n        - createTable:\n            tableName: t_${known}_${p20}_${missing")
                    .append(i % 4).append("}\n            columns:\n              - column:\n                  name: c\n")
                    .append("                  type: ").append(i % 13 == 0 ? "[oops]" : "int").append('\n');
        }
        Mapped one = map(yaml.toString(), Integer.MAX_VALUE);
        assertTrue(one.diagnostics().size() >= 10, "the document was meant to have problems: " + one.diagnostics());
        assertSameAsOneThread(yaml.toString());
    }
}
