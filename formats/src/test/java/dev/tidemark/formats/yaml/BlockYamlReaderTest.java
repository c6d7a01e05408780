// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.formats.yaml;

import static dev.tidemark.formats.yaml.YamlPaths.assertDeclined;
import static dev.tidemark.formats.yaml.YamlPaths.assertReadAlike;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.tidemark.formats.tree.ListNode;
import dev.tidemark.formats.tree.MapNode;
import dev.tidemark.formats.tree.Node;
import dev.tidemark.formats.tree.ScalarNode;
import dev.tidemark.formats.tree.SourceText;
import dev.tidemark.model.SourceLocation;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Tricky inputs for {@link BlockYamlReader}: each is either read into exactly SnakeYAML's tree, or
 * declined, and then the reader's result (tree and diagnostics) is exactly SnakeYAML's path's.
 */
class BlockYamlReaderTest {

    private static Node read(String yaml) {
        return assertReadAlike(new SourceText("t.yaml", yaml));
    }

    private static ScalarNode value(Node root, String key) {
        return (ScalarNode) ((MapNode) root).get(key).orElseThrow();
    }

    @Test
    void colonsAndHashesInsideQuotes_stayInTheValue() {
        Node root = read("a: 'x: y # z'\nb: \"p: q\"\n");
        assertEquals("x: y # z", value(root, "a").text());
        assertEquals("p: q", value(root, "b").text());
    }

    @Test
    void hashWithoutASpaceBefore_isPartOfAPlainScalar_butEndsAfterAQuotedOne() {
        Node root = read("a: b#c\nb: 'q'#comment\nc: d # comment\nd: e\t# after a tab\n");
        assertEquals("b#c", value(root, "a").text());
        assertEquals("q", value(root, "b").text());
        assertEquals("d", value(root, "c").text());
        assertEquals("e", value(root, "d").text());
    }

    @Test
    void trailingSpaces_areNotPartOfValues() {
        Node root = read("a: b   \nc: 'd'   \ne:   \nf: g h  \n");
        assertEquals("b", value(root, "a").text());
        assertEquals("d", value(root, "c").text());
        assertEquals(ScalarNode.Kind.NULL, value(root, "e").kind());
        assertEquals("g h", value(root, "f").text());
    }

    @Test
    void keyWithoutValue_isNullPlacedAfterTheColon() {
        Node root = read("a:\nb: 1\nc: # comment\nlist:\n  -\n  - x\n");
        assertEquals(new ScalarNode(new SourceLocation("t.yaml", 1, 3), null, ScalarNode.Kind.NULL), value(root, "a"));
        assertEquals(new ScalarNode(new SourceLocation("t.yaml", 3, 3), null, ScalarNode.Kind.NULL), value(root, "c"));
        ListNode list = (ListNode) ((MapNode) root).get("list").orElseThrow();
        assertEquals(new SourceLocation("t.yaml", 5, 4), list.items().get(0).location());
    }

    @Test
    void emptyQuotedStrings_areEmptyStrings() {
        Node root = read("a: ''\nb: \"\"\n'': empty key\n");
        assertEquals(ScalarNode.string(new SourceLocation("t.yaml", 1, 4), ""), value(root, "a"));
        assertEquals(ScalarNode.Kind.STRING, value(root, "b").kind());
        assertEquals("empty key", value(root, "").text());
    }

    @Test
    void everySpellingOfNullsBooleansAndNumbers_resolvesAsSnakeYamlDoes() {
        List<String> spellings = List.of("~", "null", "Null", "NULL", "nul", "yes", "Yes", "YES", "no", "No", "NO", "y", "Y", "n", "N",
                "true", "True", "TRUE", "false", "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF", "tRUE", "0", "-0", "+1", "007",
                "0x1F", "0o17", "0b101", "1_000", "190:20:30", "1.5", "-.5", "1e3", "1.0e+3", "6.8523015e+5", ".inf", "-.Inf", "+.INF",
                ".NaN", ".nan", "1.", "2024-01-01", "1-createTable", "0.1.2", "+", ".", "-x");
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < spellings.size(); i++) {
            yaml.append("k").append(i).append(": ").append(spellings.get(i)).append('\n');
        }
        yaml.append("flow: [").append(String.join(", ", spellings.subList(0, 30))).append("]\n");
        Node root = read(yaml.toString());
        assertEquals(ScalarNode.Kind.NULL, value(root, "k0").kind());
        assertEquals(ScalarNode.Kind.BOOLEAN, value(root, "k5").kind());
        assertEquals(ScalarNode.Kind.NUMBER, value(root, "k31").kind());
        assertEquals(ScalarNode.Kind.STRING, value(root, "k49").kind());
    }

    @Test
    void quotedKeys_andKeysThatLookLikeOtherTypes_areNames() {
        Node root = read("'a b': 1\n\"c\\td\": 2\n1: one\ntrue: yes\n'null': 3\n");
        assertEquals("1", value(root, "a b").text());
        assertEquals("2", value(root, "c\td").text());
        assertEquals("one", value(root, "1").text());
        assertEquals(ScalarNode.Kind.BOOLEAN, value(root, "true").kind());
        assertEquals("3", value(root, "null").text());
    }

    @Test
    void unicode_countsColumnsInCodePointsAsSnakeYamlDoes() {
        Node root = read("a: café\nb: 日本語\nc: 😀 x\nd: {e: 😀😀, f: g}\n\"😀\": \"\\U0001F600\\u00e9\\x41\"\n");
        MapNode d = (MapNode) ((MapNode) root).get("d").orElseThrow();
        assertEquals(new SourceLocation("t.yaml", 4, 12), d.entries().get(1).keyLocation());
        assertEquals("😀éA", value(root, "😀").text());
    }

    @Test
    void crlfLineEndings_readAsLf() {
        Node root = read("# c\r\ndatabaseChangeLog:\r\n  - changeSet:\r\n      id: 1\r\n      sql: |\r\n        select 1;\r\n\r\n        select 2;\r\n"
                + "      comment: 'x'\r\n");
        MapNode changeSet = (MapNode) ((MapNode) ((ListNode) ((MapNode) root).get("databaseChangeLog").orElseThrow()).items().get(0))
                .get("changeSet").orElseThrow();
        assertEquals("select 1;\n\nselect 2;\n", ((ScalarNode) changeSet.get("sql").orElseThrow()).text());
    }

    @Test
    void blockScalars_keepSnakeYamlsChompingAndFolding() {
        read("a: |\n  one\n   two\n\n  three\n\n\nb: |-\n  x\n\nc: |+\n  y\n\n\nd: >\n  folded\n  line\n\n  para\n    more\n  end\n"
                + "e: >-\n  f\nf: >+\n  g\n\ng: | # comment\n    deeper\n      # not a comment\nh: |\n  last");
    }

    @Test
    void compactAndIndentlessLists_andFlowCollections_readAlike() {
        read("databaseChangeLog:\n- changeSet:\n    id: 1\n    changes:\n    - createTable:\n        columns:\n        - column: {name: id, type: int,"
                + " constraints: {primaryKey: true}}\n        - column: {name: price, type: \"decimal(10,2)\"}\n    - empty: {}\n- - nested\n  - list\n"
                + "- [a, 'b', [c, {d: e}]]\n-\n  key: value\n- { x : y , z: }\n");
    }

    @Test
    void aDocumentStartAndComments_anywhere() {
        read("# header\n---   # start\n# comment\nroot:\n  # indented comment\n    # deeper comment\n  a: 1 # trailing\n# col 0\n  b: 2\n\n\n");
    }

    @Test
    void aDocumentOfOnlyComments_isDeclined() {
        assertDeclined(new SourceText("t.yaml", "# just\n  # comments\n\n"));
        assertDeclined(new SourceText("t.yaml", ""));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "a: &x 1\nb: *x\n",                      // anchors and aliases
        "a: !!str 1\n",                          // tags
        "a: !!java.lang.Runtime {}\n",
        "a: |2\n    indented\n",                 // indentation indicator
        "a: |\n\n  leading blank line\n",
        "a: plain\n  continued\n",               // multi-line plain scalar
        "- plain\n  continued\n",
        "a: 'quoted\n  continued'\n",            // multi-line quoted scalar
        "a: \"line \\\n  continued\"\n",
        "? complex\n: key\n",                    // explicit key
        "a:\n\tb: 1\n",                          // tab in indentation
        "a:\n  \tb: 1\n",
        "a: 1\n---\nb: 2\n",                     // multiple documents
        "a: 1\n...\n",
        "%YAML 1.1\n---\na: 1\n",                // directive
        "a: 1\na: 2\n",                          // duplicate keys
        "a: {b: 1, b: 2}\n",
        "a:\n  b: 1\n   c: 2\n",                 // odd indentation
        "a:\n    b: 1\n  c: 2\n",
        "- a\n - b\n",
        "~: x\n",                                // a null key
        "null: x\n",
        "a: b: c\n",                             // syntax errors
        "a: [1, 2\n",
        "a: [1, 2\n  , 3]\n",
        "a: {b: 1}: c\n",
        "a: 'b' c\n",
        "a:\tb\n",
        "a: 'b'\t\n",
        "\ufeffa: 1\n",                          // byte order mark
        "a: 1\rb: 2\r",                          // old Mac line breaks
        "a: x\u0085y\n",                         // NEL
        "a: \"\\/\"\n",                          // an escape SnakeYAML refuses
        "a: [b, ]\n",                            // trailing comma
        "a: [b: c]\n",                           // a pair in a flow list
        "a: {b:1}\n",
        "@a: 1\n",
        "a: `b`\n",
        "a: %b\n",
    })
    void outsideTheSubset_theFastPathDeclines_andSnakeYamlDecides(String yaml) {
        assertDeclined(new SourceText("t.yaml", yaml));
    }

    @Test
    void nestingBeyondTheLimit_isDeclinedAndReportedBySnakeYaml() {
        StringBuilder deep = new StringBuilder();
        for (int i = 0; i < 120; i++) {
            deep.append(" ".repeat(i)).append("k:\n");
        }
        deep.append(" ".repeat(120)).append("v\n");
        assertDeclined(new SourceText("t.yaml", deep.toString()));
        StringBuilder within = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            within.append(" ".repeat(i)).append("k:\n");
        }
        within.append(" ".repeat(50)).append("v\n");
        read(within.toString());
    }

    @Test
    void duplicateKeysInLargeMaps_areDeclinedToo() {
        StringBuilder block = new StringBuilder();
        StringBuilder flow = new StringBuilder("flow: {");
        for (int i = 0; i < 40; i++) {
            block.append("key").append(i).append(": ").append(i).append('\n');
            flow.append(i == 0 ? "" : ", ").append("k").append(i).append(": v");
        }
        read(block + flow.toString() + "}\n");
        assertDeclined(new SourceText("t.yaml", block + "key30: again\n"));
        assertDeclined(new SourceText("t.yaml", flow + ", k30: again}\n"));
    }

    @Test
    void aDeclinedFile_saysWhereAndWhy() {
        BlockYamlReader.Outcome outcome = YamlPaths.fast(new SourceText("t.yaml", "a: 1\nb: &anchor 2\n"));
        assertEquals(2, outcome.line());
        assertNull(outcome.root());
        assertFalse(outcome.reason().isEmpty());
    }
}
