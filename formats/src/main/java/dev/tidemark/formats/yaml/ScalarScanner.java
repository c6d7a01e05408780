// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.formats.yaml;

/**
 * Scans the scalars of {@link BlockYamlReader} the way SnakeYAML's scanner does: plain scalars
 * on one line (in block or flow context), single- and double-quoted scalars that close on their
 * line, and literal or folded block scalars without an indentation indicator. A method returns
 * null, with {@link #problem} saying why, for a scalar outside that subset.
 */
final class ScalarScanner {
    private static final String ESCAPED = "0abtnvfre \"\\N_LP";
    private static final String REPLACEMENTS = "\0\007\b\t\n\013\f\r\033 \"\\\u0085\u00A0\u2028\u2029";

    private final YamlText text;
    private final RecentStrings recent;
    /** After a scan: the index after the scalar (for a plain scalar, after the blanks that follow it). */
    int end;
    /** After a block scalar: the first line that is not part of it. */
    int nextLine;
    /** Why the last scan returned null. */
    String problem;

    ScalarScanner(YamlText text) {
        this.text = text;
        recent = new RecentStrings(text);
    }

    /** SnakeYAML's checkPlain: whether a plain scalar starts at an index. */
    boolean canStartPlain(int index, boolean flow) {
        char c = text.at(index);
        if (YamlText.isBlank(c)) {
            return false;
        }
        switch (c) {
            case '-':
                return !YamlText.isBlank(text.at(index + 1));
            case '?': case ':':
                return !flow && !YamlText.isBlank(text.at(index + 1));
            case ',': case '[': case ']': case '{': case '}': case '#': case '&': case '*': case '!': case '|': case '>':
            case '\'': case '"': case '%': case '@': case '`':
                return false;
            default:
                return true;
        }
    }

    /** A flow indicator: what ends a plain scalar in a {@code [ ]} or {@code { }} collection. */
    private static boolean isFlowIndicator(char c) {
        return c == ',' || c == '[' || c == ']' || c == '{' || c == '}';
    }

    /**
     * A plain scalar up to the end of its line, a comment, a {@code ": "} or (in flow context) a
     * flow indicator. Whether it goes on on the next line is the caller's question.
     */
    String plain(int start, boolean flow) {
        int i = start;
        int last = start;
        while (text.at(i) != '#') {
            int chunk = i;
            i = chunkEnd(i, flow);
            if (i == chunk) {
                break;
            }
            last = i;
            while (text.at(i) == ' ' || text.at(i) == '\t') {
                i++;
            }
            if (i == last || YamlText.isEnd(text.at(i))) {
                break;
            }
        }
        end = i;
        return recent.text(start, last);
    }

    /**
     * Where a run of a plain scalar without blanks ends: at a blank, a {@code :} before a blank
     * or (in flow context) before a flow indicator, or a flow indicator or {@code ?} in flow context.
     * Written for speed: most characters are letters, above {@code :}.
     */
    private int chunkEnd(int start, boolean flow) {
        int i = start;
        while (true) {
            char c = text.at(i);
            if (c > ':') {
                if (flow && (c == '[' || c == ']' || c == '{' || c == '}' || c == '?')) {
                    return i;
                }
            } else if (c == ':') {
                char next = text.at(i + 1);
                if (YamlText.isBlank(next) || flow && isFlowIndicator(next)) {
                    return i;
                }
            } else if (c <= ' ' || flow && c == ',') {
                return i; // a space, a tab, the end of the line; other control characters never get here
            }
            i++;
        }
    }

    /** A single- or double-quoted scalar that closes on its line. */
    String quoted(int start) {
        char quote = text.at(start);
        boolean dbl = quote == '"';
        StringBuilder out = null;
        int run = start + 1;
        int i = run;
        while (true) {
            char c = text.at(i);
            if (YamlText.isEnd(c)) {
                return fail("a quoted scalar that does not close on its line");
            }
            if (c == quote && !dbl && text.at(i + 1) == '\'') {
                out = append(out, run, i + 1);
                i += 2;
                run = i;
            } else if (c == quote) {
                end = i + 1;
                return out == null ? recent.text(run, i) : append(out, run, i).toString();
            } else if (c == '\\' && dbl) {
                out = append(out, run, i);
                i = escape(out, i + 1);
                if (i < 0) {
                    return null;
                }
                run = i;
            } else {
                i++;
            }
        }
    }

    private StringBuilder append(StringBuilder out, int from, int to) {
        StringBuilder b = out == null ? new StringBuilder(to - from + 16) : out;
        text.appendTo(b, from, to);
        return b;
    }

    /** Appends the escape whose letter is at {@code index}; returns the index after it, or -1. */
    private int escape(StringBuilder out, int index) {
        char e = text.at(index);
        int simple = ESCAPED.indexOf(e);
        if (simple >= 0) {
            out.append(REPLACEMENTS.charAt(simple));
            return index + 1;
        }
        int digits = e == 'x' ? 2 : e == 'u' ? 4 : e == 'U' ? 8 : 0;
        if (digits == 0) {
            problem = "a double-quoted scalar with an escape SnakeYAML refuses or that continues the line";
            return -1;
        }
        long code = 0;
        for (int i = index + 1; i <= index + digits; i++) {
            int d = hexValue(text.at(i));
            if (d < 0) {
                problem = "an escape without its hexadecimal digits";
                return -1;
            }
            code = code * 16 + d;
        }
        if (code > Character.MAX_CODE_POINT) {
            problem = "an escape of no Unicode character";
            return -1;
        }
        out.appendCodePoint((int) code);
        return index + 1 + digits;
    }

    /**
     * A block scalar ({@code |} or {@code >} with an optional chomping indicator) whose header is
     * at {@code start} on {@code line}, in a block collection indented {@code collectionIndent}.
     * It must start with a non-blank line indented deeper than the collection.
     */
    String block(int start, int line, int collectionIndent) {
        boolean folded = text.at(start) == '>';
        int i = start + 1;
        char chomping = text.at(i) == '-' || text.at(i) == '+' ? text.at(i++) : 0;
        if (text.at(i) != ' ' && !YamlText.isEnd(text.at(i)) || !text.restIsComment(i)) {
            return fail("a block scalar header with an indentation indicator or text after it");
        }
        int first = line + 1;
        if (first >= text.lineCount()) {
            return fail("a block scalar at the end of the file");
        }
        int indent = text.indent(first);
        if (YamlText.isEnd(text.at(text.start(first) + indent)) || indent <= Math.max(collectionIndent, 0)) {
            return fail("a block scalar that is empty or starts with a blank line");
        }
        StringBuilder out = new StringBuilder();
        int breaks = 0;
        boolean lineBreak;
        int l = first;
        while (true) {
            for (; breaks > 0; breaks--) {
                out.append('\n');
            }
            int from = text.start(l) + indent;
            boolean leadingNonSpace = text.at(from) != ' ' && text.at(from) != '\t';
            int to = from;
            while (!YamlText.isEnd(text.at(to))) {
                to++;
            }
            append(out, from, to);
            lineBreak = text.at(to) != '\0';
            l++;
            int at = -1;
            while (lineBreak && l < text.lineCount()) {
                at = text.start(l) + Math.min(text.indent(l), indent);
                if (text.at(at) == '\0' || !YamlText.isEnd(text.at(at))) {
                    break;
                }
                breaks++;
                l++;
            }
            if (at < 0 || text.at(at) == '\0' || at - text.start(l) < indent) {
                break;
            }
            char next = text.at(at);
            if (folded && leadingNonSpace && next != ' ' && next != '\t') {
                if (breaks == 0) {
                    out.append(' ');
                }
            } else {
                out.append('\n');
            }
        }
        if (chomping != '-' && lineBreak) {
            out.append('\n');
        }
        if (chomping == '+') {
            for (; breaks > 0; breaks--) {
                out.append('\n');
            }
        }
        nextLine = l;
        return out.toString();
    }

    private static int hexValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F') {
            return (c | 0x20) - 'a' + 10;
        }
        return -1;
    }

    private String fail(String why) {
        problem = why;
        return null;
    }
}
