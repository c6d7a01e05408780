package dev.tidemark.formats.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidemark.error.Diagnostic;
import dev.tidemark.formats.tree.MapNode;
import dev.tidemark.formats.tree.ScalarNode;
import dev.tidemark.formats.tree.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The kind of every plain scalar is what SnakeYAML's YAML 1.1 resolver says, although the reader
 * asks the resolver only about values that could be something other than a string.
 */
class YamlScalarKindTest {
    private static final List<String> VALUES = List.of("yes", "Yes", "YES", "no", "No", "NO", "y", "n", "true", "True", "TRUE",
            "false", "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF", "null", "Null", "NULL", "~", "nul", "nulls", "nullable",
            "offline", "type", "tableName", "Yesterday", "onward", "f", "t", "0", "1", "-1", "+1", "1.5", ".5", "-.5", "1e3", "1.0e+3",
            "0x1F", "0o17", "017", "1_000", "190:20:30", ".inf", "-.Inf", ".NaN", "2024-01-01", "2001-12-14t21:59:43.10-05:00",
            "+", ".", "--", "-x", "1a", "a1", "varchar(50)", "${x}", "=", "person", "id", "int", "ON DELETE", "Off-by-one");

    @Test
    void plainScalars_haveTheKindTheYaml11ResolverGives() {
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < VALUES.size(); i++) {
            yaml.append("k").append(i).append(": ").append(VALUES.get(i)).append('\n');
        }
        yaml.append("empty:\n");
        List<Diagnostic> diagnostics = new ArrayList<>();
        var tree = new YamlTreeReader().read(new SourceText("kinds.yaml", yaml.toString()), diagnostics);
        assertTrue(diagnostics.isEmpty(), diagnostics.toString());
        MapNode root = (MapNode) tree.orElseThrow().root();
        Resolver resolver = new Resolver();
        for (int i = 0; i < VALUES.size(); i++) {
            String v = VALUES.get(i);
            ScalarNode node = (ScalarNode) root.get("k" + i).orElseThrow();
            assertEquals(expectedKind(resolver.resolve(NodeId.scalar, v, true)), node.kind(), v);
        }
        assertEquals(ScalarNode.Kind.NULL, ((ScalarNode) root.get("empty").orElseThrow()).kind());
    }

    /**
     * Scalars that start like a number, made of the characters of numbers, timestamps and names:
     * the reader skips the resolver for those with a character no int or float has, and must
     * still give the resolver's kind.
     */
    @Test
    void numberLikeScalars_haveTheKindTheYaml11ResolverGives() {
        String first = "0123456789-+.~";
        String rest = "0123456789-+._:eExXbBoOaAfFiInNtTzZ rgl~";
        Random random = new Random(20_250_612L);
        ScalarKinds kinds = new ScalarKinds();
        Resolver resolver = new Resolver();
        int numbers = 0;
        for (int i = 0; i < 200_000; i++) {
            StringBuilder value = new StringBuilder().append(first.charAt(random.nextInt(first.length())));
            int length = random.nextInt(9);
            for (int k = 0; k < length; k++) {
                value.append(random.nextInt(3) == 0 ? first.charAt(random.nextInt(10)) : rest.charAt(random.nextInt(rest.length())));
            }
            String v = value.toString();
            ScalarNode.Kind expected = expectedKind(resolver.resolve(NodeId.scalar, v, true));
            assertEquals(expected, kinds.ofPlain(v), v);
            numbers += expected == ScalarNode.Kind.NUMBER ? 1 : 0;
        }
        assertTrue(numbers > 1000, numbers + " numbers: the values must exercise both answers");
        for (String v : List.of("1-createTable", "2024-01-01", "0x1F", "-.inf", "+.NaN", "1_000:30", "0b101", "1e10", "10.5e-3", ".5")) {
            assertEquals(expectedKind(resolver.resolve(NodeId.scalar, v, true)), kinds.ofPlain(v), v);
        }
    }

    private static ScalarNode.Kind expectedKind(Tag tag) {
        if (tag.equals(Tag.NULL)) {
            return ScalarNode.Kind.NULL;
        }
        if (tag.equals(Tag.BOOL)) {
            return ScalarNode.Kind.BOOLEAN;
        }
        return tag.equals(Tag.INT) || tag.equals(Tag.FLOAT) ? ScalarNode.Kind.NUMBER : ScalarNode.Kind.STRING;
    }
}
