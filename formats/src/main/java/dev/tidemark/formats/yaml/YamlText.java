// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.formats.yaml;

import java.util.Arrays;

/**
 * The characters of a YAML file by lines, for {@link BlockYamlReader}. A line break is {@code \n}
 * or {@code \r\n}; every other character SnakeYAML would treat differently from an ordinary one
 * (other line breaks, a byte order mark, characters it refuses) is noted in {@link #unsupportedAt}
 * so that such a file is left to SnakeYAML. Reading past the end gives {@code '\0'}, which the
 * scanners treat like the end of a line.
 */
final class YamlText {
    private final String content;
    private final char[] chars;
    private final int[] lineStarts;
    private final int[] indents;
    private final int lineCount;
    private final boolean surrogates;
    /** The index of the first character the fast path does not handle, or -1. */
    final int unsupportedAt;

    YamlText(String content) {
        this.content = content;
        chars = content.toCharArray();
        int[] starts = new int[Math.max(16, chars.length / 24)];
        int[] spaces = new int[starts.length];
        int count = 1;
        int unsupported = -1;
        boolean pairs = false;
        spaces[0] = spacesFrom(0);
        for (int i = 0; i < chars.length && unsupported < 0; i++) {
            char c = chars[i];
            if (c >= 0x20 && c < 0x7f || c == '\t') {
                continue;
            }
            if (c == '\n') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                    spaces = Arrays.copyOf(spaces, count * 2);
                }
                starts[count] = i + 1;
                spaces[count] = spacesFrom(i + 1);
                i += spaces[count++];
            } else if (c == '\r') {
                unsupported = i + 1 < chars.length && chars[i + 1] == '\n' ? -1 : i;
            } else if (Character.isHighSurrogate(c) && i + 1 < chars.length && Character.isLowSurrogate(chars[i + 1])) {
                pairs = true;
                i++;
            } else if (c < 0xa0 || Character.isSurrogate(c) || c == 0x2028 || c == 0x2029 || c == 0xfeff || c >= 0xfffe) {
                unsupported = i;
            }
        }
        lineStarts = starts;
        indents = spaces;
        lineCount = count;
        surrogates = pairs;
        unsupportedAt = unsupported;
    }

    int lineCount() {
        return lineCount;
    }

    /** The index of the first character of a line. */
    int start(int line) {
        return lineStarts[line];
    }

    /** The line an index is on. */
    int lineOf(int index) {
        int found = Arrays.binarySearch(lineStarts, 0, lineCount, index);
        return found >= 0 ? found : -found - 2;
    }

    /** The character at an index, {@code '\0'} past the end. */
    char at(int index) {
        return index < chars.length ? chars[index] : '\0';
    }

    private int spacesFrom(int index) {
        int i = index;
        while (i < chars.length && chars[i] == ' ') {
            i++;
        }
        return i - index;
    }

    String text(int from, int to) {
        return content.substring(from, to);
    }

    void appendTo(StringBuilder out, int from, int to) {
        out.append(chars, from, to - from);
    }

    /** SnakeYAML's 0-based column of an index: code points since the start of its line. */
    int column(int line, int index) {
        int start = lineStarts[line];
        return surrogates ? Character.codePointCount(chars, start, index - start) : index - start;
    }

    /** The number of spaces a line starts with. */
    int indent(int line) {
        return indents[line];
    }

    /** The first line from {@code line} on that holds more than spaces and a comment, or -1. */
    int nextContentLine(int line) {
        for (int l = line; l < lineCount; l++) {
            char c = at(lineStarts[l] + indent(l));
            if (!isEnd(c) && c != '#') {
                return l;
            }
        }
        return -1;
    }

    /** The index of the first character after the spaces from {@code index} on. */
    int skipSpaces(int index) {
        int i = index;
        while (at(i) == ' ') {
            i++;
        }
        return i;
    }

    /** Whether only spaces and perhaps a comment follow {@code index} on its line. */
    boolean restIsComment(int index) {
        char c = at(skipSpaces(index));
        return isEnd(c) || c == '#';
    }

    /** The end of a line (a line break or the end of the text). */
    static boolean isEnd(char c) {
        return c == '\n' || c == '\r' || c == '\0';
    }

    /** A space, a tab or the end of a line: SnakeYAML's NULL_BL_T_LINEBR for the characters kept here. */
    static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || isEnd(c);
    }
}
