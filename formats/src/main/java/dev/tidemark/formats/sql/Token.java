// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.formats.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * One blank-separated word of a directive's arguments: either {@code key:value} (the value may be
 * {@code "double quoted"} to hold blanks; the quotes are not part of it) or a free word. Indexes are
 * char indexes into the line; {@code valueIndex} is where the value is written, its opening quote
 * included, so that a diagnostic points at what the user typed.
 */
record Token(String key, int keyIndex, String value, int valueIndex, String text, boolean unclosedQuote) {

    boolean isAttribute() {
        return key != null;
    }

    /**
     * The words of {@code line} from {@code from} on. A key is a letter followed by letters, digits,
     * {@code _} or {@code -}, directly followed by a colon.
     */
    static List<Token> scan(String line, int from) {
        List<Token> tokens = new ArrayList<>();
        int i = from;
        while (i < line.length()) {
            if (Character.isWhitespace(line.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            int keyEnd = keyEnd(line, i);
            if (keyEnd > 0) {
                int valueStart = keyEnd + 1;
                int end = wordEnd(line, valueStart);
                boolean quoted = valueStart < line.length() && line.charAt(valueStart) == '"';
                String value = quoted ? unquote(line, valueStart, end) : line.substring(valueStart, end);
                boolean unclosed = quoted && !closedQuote(line, valueStart, end);
                tokens.add(new Token(line.substring(start, keyEnd), start, value, valueStart, line.substring(start, end), unclosed));
                i = end;
            } else {
                int end = wordEnd(line, i);
                boolean unclosed = line.charAt(i) == '"' && !closedQuote(line, i, end);
                tokens.add(new Token(null, start, line.charAt(i) == '"' ? unquote(line, i, end) : line.substring(i, end),
                        start, line.substring(start, end), unclosed));
                i = end;
            }
        }
        return tokens;
    }

    /** The index of the colon ending a key that starts at {@code i}, or -1. */
    private static int keyEnd(String line, int i) {
        if (!Character.isLetter(line.charAt(i))) {
            return -1;
        }
        int j = i + 1;
        while (j < line.length()) {
            char c = line.charAt(j);
            if (c == ':') {
                return j;
            }
            if (!(Character.isLetterOrDigit(c) || c == '_' || c == '-')) {
                return -1;
            }
            j++;
        }
        return -1;
    }

    /** Where a word starting at {@code i} ends: at the closing quote (inclusive) if it opens one, else at a blank. */
    private static int wordEnd(String line, int i) {
        if (i < line.length() && line.charAt(i) == '"') {
            int close = line.indexOf('"', i + 1);
            return close < 0 ? line.length() : close + 1;
        }
        int j = i;
        while (j < line.length() && !Character.isWhitespace(line.charAt(j))) {
            j++;
        }
        return j;
    }

    private static boolean closedQuote(String line, int open, int end) {
        return end - open >= 2 && line.charAt(end - 1) == '"';
    }

    private static String unquote(String line, int open, int end) {
        return closedQuote(line, open, end) ? line.substring(open + 1, end - 1) : line.substring(open + 1, end);
    }
}
