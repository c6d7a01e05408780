// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.formats.yaml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidemark.formats.tree.ListNode;
import dev.tidemark.formats.tree.MapNode;
import dev.tidemark.formats.tree.SourceText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A long top-level list read in slices on several threads is exactly the list read on one: the
 * same tree when the file is read, the same line and reason when it is declined. (Every other YAML
 * test of the fast path also reads its texts both ways, through {@link YamlPaths#fast}.)
 */
class ListSlicesTest {
    private static final Path FIXTURE = Path.of("..").toAbsolutePath().normalize()
            .resolve("changelogs").resolve("generated").resolve("changelog.yaml");
    private static final List<ListSlices> SLICINGS = List.of(ListSlices.perCore(), new ListSlices(250, 4),
            new ListSlices(1, 4), new ListSlices(7, 3), new ListSlices(333, 2));

    private static String fixture() throws IOException {
        return Files.readString(FIXTURE);
    }

    /** Reads the text on one thread and in every slicing; all give the same outcome, which is returned. */
    private static BlockYamlReader.Outcome readEveryWay(SourceText source) {
        BlockYamlReader.Outcome sequential = YamlPaths.sequential(source);
        for (ListSlices slices : SLICINGS) {
            BlockYamlReader.Outcome sliced = new BlockYamlReader(new ScalarKinds(), slices).read(source);
            assertEquals(sequential, sliced, () -> source.path() + ": read in slices, first difference "
                    + (sequential.isDeclined() || sliced.isDeclined() ? "in declining" : TreeDiff.first(sequential.root(), sliced.root())));
        }
        return sequential;
    }

    @Test
    void thousandChangesetFixture_readInSlices_isTheTreeReadOnOneThread() throws IOException {
        SourceText source = new SourceText("changelogs/generated/changelog.yaml", fixture());
        BlockYamlReader.Outcome outcome = readEveryWay(source);
        assertFalse(outcome.isDeclined(), () -> "declined at line " + outcome.line() + ": " + outcome.reason());
        ListNode changesets = (ListNode) ((MapNode) outcome.root()).get("databaseChangeLog").orElseThrow();
        assertEquals(1000, changesets.items().size());
        assertEquals(1, YamlPaths.assertTopLevelListsAreSliced(source, outcome.root()));
    }

    @Test
    void fixtureDamagedLate_isDeclinedInSlicesAtTheLineAndForTheReasonOfOneThread() throws IOException {
        String text = fixture();
        int late = text.indexOf("  - changeSet:\n      id: 800-");
        assertTrue(late > 0, "the fixture has changeset 800");
        int value = text.indexOf(": ", late + 40) + 2;
        List<String> damaged = List.of(
                text.substring(0, value) + "&anchor " + text.substring(value),
                text.substring(0, late) + "      misplaced: 1\n      misplaced: 2\n" + text.substring(late),
                text.substring(0, late) + "\t- x\n" + text.substring(late),
                text.substring(0, late) + "    - x\n" + text.substring(late),
                text.substring(0, late) + "- x\n" + text.substring(late),
                text.substring(0, value) + "'unclosed\n" + text.substring(value),
                text + "  -\n    - a: b\n  - |\n x\n");
        for (int i = 0; i < damaged.size(); i++) {
            BlockYamlReader.Outcome outcome = readEveryWay(new SourceText("damaged-" + i + ".yaml", damaged.get(i)));
            int index = i;
            assertTrue(outcome.isDeclined(), () -> "damage " + index + " was read");
        }
    }

    @Test
    void listEndingBeforeAnotherRootKey_readInSlices_isTheTreeReadOnOneThread() throws IOException {
        SourceText source = new SourceText("more.yaml", fixture() + "# after the list\n\nother:\n  - 1\n  - 2\n");
        BlockYamlReader.Outcome outcome = readEveryWay(source);
        assertFalse(outcome.isDeclined(), () -> "declined at line " + outcome.line() + ": " + outcome.reason());
        YamlPaths.assertSameAsSnakeYaml(source, outcome);
        assertEquals(2, YamlPaths.assertTopLevelListsAreSliced(source, outcome.root()));
    }

    /**
     * Long lists of random items, some damaged anywhere. Each item is one the fast path reads twice
     * in a row (an item such as {@code "-#x"} is a scalar when it is a list's only line).
     */
    @Test
    void longListsOfRandomItems_readInSlices_asOnOneThreadAndAsSnakeYaml() {
        RandomYaml random = new RandomYaml(20_250_610L);
        Random pick = new Random(20_250_611L);
        int read = 0;
        int declined = 0;
        for (int d = 0; d < 40; d++) {
            int indent = d % 3;
            StringBuilder doc = new StringBuilder(d % 5 == 0 ? "# a changelog\ndatabaseChangeLog:\n" : "databaseChangeLog:\n");
            int items = 0;
            int wanted = 50 + pick.nextInt(250);
            while (items < wanted) {
                String item = random.listItem(indent);
                if (!YamlPaths.sequential(new SourceText("item.yaml", "databaseChangeLog:\n" + item + item)).isDeclined()) {
                    doc.append(item);
                    items++;
                }
            }
            String text = d % 4 == 3 ? random.damage(doc.toString()) : doc.toString();
            SourceText source = new SourceText("long-" + d + ".yaml", text);
            BlockYamlReader.Outcome outcome = readEveryWay(source);
            YamlPaths.assertSameAsSnakeYaml(source, YamlPaths.fast(source));
            if (outcome.isDeclined()) {
                declined++;
            } else {
                assertEquals(1, YamlPaths.assertTopLevelListsAreSliced(source, outcome.root()), source.path());
                read++;
            }
        }
        assertTrue(read >= 30 && declined >= 4, read + " read, " + declined + " declined: both must be exercised");
    }

    @Test
    void itemLines_areTheLinesOfTheListsIndentationStartingWithADash() {
        YamlText text = new YamlText("databaseChangeLog:\n  - a: |\n      - not an item\n    b: 1\n  # comment\n\n  -   x\n"
                + "  - - y\n    - z\n  -\nother: 1\n  - not this list's\n");
        assertArrayEquals(new int[] {1, 6, 7, 9}, ListSlices.itemLines(text, 1, 2));
    }

    @Test
    void shortLists_areReadOnOneThread() {
        StringBuilder doc = new StringBuilder("databaseChangeLog:\n");
        for (int i = 0; i < 499; i++) {
            doc.append("  - changeSet:\n      id: ").append(i).append('\n');
        }
        YamlText text = new YamlText(doc.toString());
        assertTrue(new ListSlices(250, 4).read("short.yaml", text, 1, 2, 1).isEmpty(), "499 items are too few for two slices");
        doc.append("  - changeSet:\n      id: 499\n");
        assertEquals(500, new ListSlices(250, 4).read("long.yaml", new YamlText(doc.toString()), 1, 2, 1).orElseThrow().items().size());
    }
}
