// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Puts a schema into the name that follows {@code PROCEDURE} in a procedure's text, as Liquibase
 * does when createProcedure has a schemaName: {@code p} becomes {@code s.p}, {@code x.p} becomes
 * {@code s.p}, {@code c.x.p} becomes {@code c.s.p}. Comments, string literals and quoted names
 * are skipped while looking for the keyword; a package's text is left alone.
 */
public final class ProcedureText {
    private ProcedureText() {
    }

    /** The text with {@code schema} (already quoted as needed) in the procedure's name. */
    public static String withSchema(String text, String schema) {
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '-' && i + 1 < n && text.charAt(i + 1) == '-') {
                i = lineEnd(text, i);
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                i = commentEnd(text, i);
            } else if (c == '\'' || c == '"' || c == '`') {
                i = quoteEnd(text, i, c);
            } else if (isWordChar(c)) {
                int end = i;
                while (end < n && isWordChar(text.charAt(end))) {
                    end++;
                }
                String word = text.substring(i, end).toUpperCase(Locale.ROOT);
                if (word.equals("PACKAGE")) {
                    return text;
                }
                if (word.equals("PROCEDURE")) {
                    return replaceName(text, skipSpaceAndComments(text, end), schema);
                }
                i = end;
            } else {
                i++;
            }
        }
        return text;
    }

    private static String replaceName(String text, int start, String schema) {
        int end = start;
        List<String> parts = new ArrayList<>();
        int partStart = start;
        while (end < text.length()) {
            char c = text.charAt(end);
            if (c == '"' || c == '`') {
                end = quoteEnd(text, end, c);
            } else if (isWordChar(c)) {
                end++;
            } else if (c == '.') {
                parts.add(text.substring(partStart, end));
                end++;
                partStart = end;
            } else {
                break;
            }
        }
        if (end == start) {
            return text;
        }
        parts.add(text.substring(partStart, end));
        String name;
        if (parts.size() == 1) {
            name = schema + "." + parts.get(0);
        } else if (parts.size() == 2) {
            name = schema + "." + parts.get(1);
        } else if (parts.size() == 3) {
            name = parts.get(0) + "." + schema + "." + parts.get(2);
        } else {
            return text;
        }
        return text.substring(0, start) + name + text.substring(end);
    }

    private static int skipSpaceAndComments(String text, int i) {
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (text.startsWith("--", i)) {
                i = lineEnd(text, i);
            } else if (text.startsWith("/*", i)) {
                i = commentEnd(text, i);
            } else {
                break;
            }
        }
        return i;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '#';
    }

    private static int lineEnd(String text, int i) {
        int end = text.indexOf('\n', i);
        return end < 0 ? text.length() : end + 1;
    }

    private static int commentEnd(String text, int i) {
        int end = text.indexOf("*/", i + 2);
        return end < 0 ? text.length() : end + 2;
    }

    /** The index after the quoted part starting at {@code i}; a doubled quote stays inside. */
    private static int quoteEnd(String text, int i, char quote) {
        int j = i + 1;
        while (j < text.length()) {
            if (text.charAt(j) == quote) {
                if (j + 1 < text.length() && text.charAt(j + 1) == quote) {
                    j += 2;
                    continue;
                }
                return j + 1;
            }
            j++;
        }
        return text.length();
    }
}
