// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.formats.yaml;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The characters of a YAML file by lines, for {@link BlockYamlReader}. A line break is {@code \n}
 * or {@code \r\n}; every other character SnakeYAML would treat differently from an ordinary one
 * (other line breaks, a byte order mark, characters it refuses) is noted in {@link #unsupportedAt}
 * so that such a file is left to SnakeYAML. Reading past the end gives {@code '\0'}, which the
 * scanners treat like the end of a line. The characters are kept as Latin-1 bytes when they all
 * are (as in most changelogs), half the size of a {@code char[]} copy and quicker to read than the
 * string's own {@code charAt}. Immutable once built, so that the slices of a long list
 * ({@link ListSlices}) read one text on several threads.
 */
final class YamlText {
    private final String content;
    private final int length;
    /** The characters when all are Latin-1, else null. */
    private final byte[] latin1;
    /** The characters when some are not Latin-1, else null. */
    private final char[] chars;
    private final int[] lineStarts;
    private final int[] indents;
    private final int lineCount;
    private final boolean surrogates;
    /** The index of the first character the fast path does not handle, or -1. */
    final int unsupportedAt;

    YamlText(String content) {
        this.content = content;
        length = content.length();
        byte[] bytes = content.getBytes(StandardCharsets.ISO_8859_1);
        Lines lines = bytes.length == length ? Lines.scan(content, bytes, null) : null;
        latin1 = lines == null ? null : bytes;
        chars = lines == null ? content.toCharArray() : null;
        if (lines == null) {
            lines = Lines.scan(content, null, chars);
        }
        lineStarts = lines.starts;
        indents = lines.indents;
        lineCount = lines.count;
        surrogates = lines.surrogates;
        unsupportedAt = lines.unsupported;
    }

    /** Where the lines start and how far they are indented, found in one pass over the characters. */
    private static final class Lines {
        private final byte[] bytes;
        private final char[] chars;
        private final int length;
        int[] starts;
        int[] indents;
        int count = 1;
        boolean surrogates;
        int unsupported = -1;

        private Lines(byte[] bytes, char[] chars) {
            this.bytes = bytes;
            this.chars = chars;
            length = bytes != null ? bytes.length : chars.length;
            starts = new int[Math.max(16, length / 24)];
            indents = new int[starts.length];
        }

        /**
         * The lines of the Latin-1 {@code bytes} or of the {@code chars} of {@code content}; null
         * when a {@code '?'} among the bytes stands for a character Latin-1 lacks.
         */
        static Lines scan(String content, byte[] bytes, char[] chars) {
            Lines lines = new Lines(bytes, chars);
            int length = lines.length;
            lines.indents[0] = lines.spacesFrom(0);
            for (int i = 0; i < length && lines.unsupported < 0; i++) {
                char c = lines.at(i);
                if (c >= 0x20 && c < 0x7f || c == '\t') {
                    if (c == '?' && bytes != null && content.charAt(i) != '?') {
                        return null;
                    }
                    continue;
                }
                if (c == '\n') {
                    lines.add(i + 1);
                    i += lines.indents[lines.count - 1];
                } else if (c == '\r') {
                    lines.unsupported = i + 1 < length && lines.at(i + 1) == '\n' ? -1 : i;
                } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(lines.at(i + 1))) {
                    lines.surrogates = true;
                    i++;
                } else if (c < 0xa0 || Character.isSurrogate(c) || c == 0x2028 || c == 0x2029 || c == 0xfeff || c >= 0xfffe) {
                    lines.unsupported = i;
                }
            }
            return lines;
        }

        private char at(int index) {
            return bytes != null ? (char) (bytes[index] & 0xff) : chars[index];
        }

        private void add(int start) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
                indents = Arrays.copyOf(indents, count * 2);
            }
            starts[count] = start;
            indents[count++] = spacesFrom(start);
        }

        private int spacesFrom(int index) {
            int i = index;
            while (i < length && at(i) == ' ') {
                i++;
            }
            return i - index;
        }
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
        if (index >= length) {
            return '\0';
        }
        return latin1 != null ? (char) (latin1[index] & 0xff) : chars[index];
    }

    /** The characters from {@code from} to {@code to} as a string; from the bytes, since the content may be stored as UTF-16. */
    String text(int from, int to) {
        return latin1 != null ? new String(latin1, from, to - from, StandardCharsets.ISO_8859_1) : content.substring(from, to);
    }

    /** A hash of the characters from {@code from} to {@code to}. */
    int hash(int from, int to) {
        int hash = to - from;
        if (latin1 != null) {
            for (int i = from; i < to; i++) {
                hash = 31 * hash + latin1[i];
            }
        } else {
            for (int i = from; i < to; i++) {
                hash = 31 * hash + chars[i];
            }
        }
        return hash;
    }

    /** Whether the {@code length} characters from {@code a} on are those from {@code b} on (both within the text). */
    boolean sameChars(int a, int b, int length) {
        if (latin1 != null) {
            for (int i = 0; i < length; i++) {
                if (latin1[a + i] != latin1[b + i]) {
                    return false;
                }
            }
        } else {
            for (int i = 0; i < length; i++) {
                if (chars[a + i] != chars[b + i]) {
                    return false;
                }
            }
        }
        return true;
    }

    void appendTo(StringBuilder out, int from, int to) {
        out.append(content, from, to);
    }

    /** SnakeYAML's 0-based column of an index: code points since the start of its line. */
    int column(int line, int index) {
        int start = lineStarts[line];
        return surrogates ? content.codePointCount(start, index) : index - start;
    }

    /** The number of spaces a line starts with. */
    int indent(int line) {
        return indents[line];
    }

    /**
     * From {@code line} on, the lines indented {@code indent} that start with {@code "- "}, passing
     * over blank lines, comment lines and lines indented deeper, until any other line; for
     * {@link ListSlices}, written as one loop over the arrays since it runs on one thread.
     */
    int[] entryLines(int line, int indent) {
        int[] found = new int[64];
        int count = 0;
        for (int l = line; l < lineCount; l++) {
            int spaces = indents[l];
            int first = lineStarts[l] + spaces;
            char c = at(first);
            if (isEnd(c) || c == '#' || spaces > indent) {
                continue;
            }
            if (spaces < indent || c != '-' || !isBlank(at(first + 1))) {
                break;
            }
            if (count == found.length) {
                found = Arrays.copyOf(found, count * 2);
            }
            found[count++] = l;
        }
        return Arrays.copyOf(found, count);
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
