// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.formats.yaml;

import java.util.List;
import java.util.Random;

/**
 * Random YAML documents for the differential test: nested block maps and lists in every layout
 * (indentation widths, indentless and compact lists), scalars in every spelling and style, flow
 * collections, block scalars, comments and blank lines; some damaged by random edits so that
 * the fast path's declining is exercised as much as its reading. A seed gives one sequence.
 */
final class RandomYaml {
    private static final List<String> PLAIN = List.of("id", "name", "a b", "x:y", "a#b", "http://h/x?q=1", "varchar(50)", "${p}",
            "-1", "+2", "0x1F", "0o17", "017", "1_000", "1e3", "1.5", ".5", ".inf", "-.Inf", ".NaN", "~", "null", "Null", "NULL",
            "yes", "No", "ON", "off", "y", "n", "true", "False", "TRUE", "2024-01-01", "2001-12-14t21:59:43.10-05:00", "190:20:30",
            "café", "日本語", "😀x", "a\tb", "a, b", "-x", "--", "?x", ":x", "a'b", "a\"b", "x]", "x}", "1-createTable", "a  b",
            "a #b", "x:", "a:b:c", "-", "<<", "=", "!", "a!", "[", "]x");
    private static final List<String> QUOTED = List.of("'a: b'", "''", "'it''s'", "'a # b'", "' lead'", "'trail '", "'\"'",
            "\"\"", "\"a\\tb\"", "\"\\u00e9\\x41\\U0001F600\"", "\"q\\\"x\"", "\"a\\\\b\"", "\"\\N\\_\\L\\P\\0\\a\\b\\v\\f\\r\\e\\ \"",
            "\"'\"", "'😀'", "\"\\U0010FFFF\\uD800\"", "'\t'", "\"\t\"");
    /** Scalars outside the fast path's subset or not YAML at all. */
    private static final List<String> ODD = List.of("@x", "%x", "!x", "&x", "*x", "|x", "[x", "{x", "x: y", "- x", "\"\\/\"",
            "\"multi\n  line\"", "'multi\n  line'", "\"x\\u12\"", "\"\\U7FFFFFFF\"", "plain\n  more", "`x`", "? x", "a" + "b".repeat(1100));
    private static final List<String> KEYS = List.of("id", "name", "type", "a b", "'q k'", "\"dq\"", "\"\"", "1", "true", "-k",
            "k:x", "a#b", "changeSet", "columns", "~", "é", "😀", "k ");
    private static final List<String> FLOW = List.of("{}", "[]", "[a, b]", "{name: id, type: int}", "{a: {b: 1}}", "[1, 'x', \"y\"]",
            "{a: }", "{a:1}", "[a, ]", "{a: b, c: [d, e]}", "[a: b]", "{ a : b }", "[ ]", "[-1, +2, .5]", "{a: 'b', \"c\": d}",
            "{x: [ {y: z} ]}", "[a, b", "{a: b # c}", "[a b, c d]", "{a: b, a: c}", "[😀, é]", "{? a: b}", "[a, [b, [c]]]");
    private static final List<String> BLOCK_LINES = List.of("text", "  indented", "", "", "# not a comment", "a: b", "\ttab",
            "trailing  ", "- item", "'quoted'", "x");
    private static final List<String> INDICATORS = List.of("|", "|-", "|+", ">", ">-", ">+", "| # c", "|2", ">\t");
    private static final List<String> DAMAGE = List.of(" ", "  ", "\t", ":", ": ", "#", " #", "-", "- ", "'", "\"", "\n", "|", ">",
            "&", "*", "!", "[", "]", "{", "}", ",", "?", "\r", "é", "😀", "%", "@", "---\n", "...\n", "\\", "\ufeff", "|-\n", "\n  ",
            "\n    - ", "''", "\"\\t\"", "~", "null");

    private final Random random;
    private final StringBuilder out = new StringBuilder();

    RandomYaml(long seed) {
        random = new Random(seed);
    }

    String document() {
        out.setLength(0);
        if (chance(0.15)) {
            out.append(pick(List.of("---\n", "--- # start\n", "# header\n---\n", "---\n\n")));
        }
        if (chance(0.6)) {
            map(0, 0, false);
        } else if (chance(0.9)) {
            list(0, 0, false);
        } else {
            out.append(scalar()).append('\n');
        }
        String doc = out.toString();
        if (chance(0.25)) {
            doc = damage(doc);
        }
        if (chance(0.1)) {
            doc = doc.replace("\n", "\r\n");
        }
        if (chance(0.1) && doc.endsWith("\n")) {
            doc = doc.substring(0, doc.length() - 1);
        }
        return doc;
    }

    private void map(int indent, int depth, boolean firstInline) {
        int entries = 1 + random.nextInt(4);
        for (int i = 0; i < entries; i++) {
            if (!(firstInline && i == 0)) {
                interlude(indent);
                out.append(" ".repeat(indent));
            }
            out.append(chance(0.9) ? pick(KEYS.subList(0, 4)) + i : chance(0.9) ? pick(KEYS) : pick(ODD)).append(chance(0.05) ? " :" : ":");
            value(indent, depth);
        }
    }

    private void value(int indent, int depth) {
        int kind = depth > 4 ? random.nextInt(4) : random.nextInt(8);
        switch (kind) {
            case 0:
            case 1:
                out.append(' ').append(scalar()).append(ending());
                break;
            case 2:
                out.append(ending());
                break;
            case 3:
                out.append(' ').append(pick(FLOW)).append(ending());
                break;
            case 4:
                out.append(' ').append(pick(INDICATORS)).append('\n');
                blockLines(indent + width());
                break;
            case 5:
                out.append(ending());
                map(indent + width(), depth + 1, false);
                break;
            default:
                out.append(ending());
                list(chance(0.3) ? indent : indent + width(), depth + 1, false);
        }
    }

    /** One random item of a block list indented {@code indent} under a root key, where a changelog has a changeset. */
    String listItem(int indent) {
        out.setLength(0);
        list(indent, 1, false, 1);
        return out.toString();
    }

    private void list(int indent, int depth, boolean firstInline) {
        list(indent, depth, firstInline, 1 + random.nextInt(4));
    }

    private void list(int indent, int depth, boolean firstInline, int items) {
        for (int i = 0; i < items; i++) {
            if (!(firstInline && i == 0)) {
                interlude(indent);
                out.append(" ".repeat(indent));
            }
            out.append(chance(0.03) ? "-\t" : "-");
            int kind = depth > 4 ? random.nextInt(3) : random.nextInt(7);
            switch (kind) {
                case 0:
                    out.append(' ').append(scalar()).append(ending());
                    break;
                case 1:
                    out.append(ending());
                    break;
                case 2:
                    out.append(' ').append(pick(FLOW)).append(ending());
                    break;
                case 3:
                    out.append(' ');
                    map(indent + 2, depth + 1, true);
                    break;
                case 4:
                    out.append(' ');
                    list(indent + 2, depth + 1, true);
                    break;
                case 5:
                    out.append(ending());
                    map(indent + width(), depth + 1, false);
                    break;
                default:
                    out.append(' ').append(pick(INDICATORS)).append('\n');
                    blockLines(indent + width());
            }
        }
    }

    private void blockLines(int indent) {
        int lines = 1 + random.nextInt(4);
        for (int i = 0; i < lines; i++) {
            String line = pick(BLOCK_LINES);
            out.append(line.isEmpty() && chance(0.5) ? "" : " ".repeat(indent)).append(line).append('\n');
        }
    }

    /** Blank and comment lines between entries, sometimes. */
    private void interlude(int indent) {
        if (chance(0.1)) {
            out.append('\n');
        }
        if (chance(0.1)) {
            out.append(" ".repeat(random.nextInt(indent + 3))).append("# comment: - [x]\n");
        }
    }

    private String scalar() {
        return chance(0.05) ? pick(ODD) : chance(0.7) ? pick(PLAIN) : pick(QUOTED);
    }

    private String ending() {
        int k = random.nextInt(12);
        return k == 0 ? " # comment\n" : k == 1 ? "   \n" : k == 2 ? "#x\n" : "\n";
    }

    private int width() {
        return 1 + random.nextInt(4);
    }

    /** The text with one to three characters or fragments inserted or deleted at random places. */
    String damage(String doc) {
        StringBuilder d = new StringBuilder(doc);
        int edits = 1 + random.nextInt(3);
        for (int i = 0; i < edits && d.length() > 0; i++) {
            int at = random.nextInt(d.length());
            if (chance(0.5)) {
                d.insert(at, pick(DAMAGE));
            } else {
                d.deleteCharAt(at);
            }
        }
        return d.toString();
    }

    private boolean chance(double p) {
        return random.nextDouble() < p;
    }

    private <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }
}
