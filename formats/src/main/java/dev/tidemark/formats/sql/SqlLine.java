// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.formats.sql;

import java.util.ArrayList;
import java.util.List;

/** One physical line of a .sql file: its 1-based number and its text without the line terminator. */
record SqlLine(int number, String text) {

    /** The 1-based column of a char index; a surrogate pair counts as one column. */
    int column(int index) {
        return text.codePointCount(0, Math.min(index, text.length())) + 1;
    }

    /** Index of the first character that {@link String#trim()} would keep, or -1 on a blank line. */
    int firstNonBlank() {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > ' ') {
                return i;
            }
        }
        return -1;
    }

    boolean isBlank() {
        return firstNonBlank() < 0;
    }

    /**
     * Splits file content as {@code BufferedReader.readLine} does, which is how Liquibase reads it:
     * {@code \n}, {@code \r} and {@code \r\n} end a line, and a final terminator adds no empty line.
     * A leading byte order mark is dropped, as Liquibase's BOM-aware reader drops it.
     */
    static List<SqlLine> split(String content) {
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        List<SqlLine> lines = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(new SqlLine(lines.size() + 1, text.substring(start, i)));
                i += c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 2 : 1;
                start = i;
            } else {
                i++;
            }
        }
        if (start < text.length()) {
            lines.add(new SqlLine(lines.size() + 1, text.substring(start)));
        }
        return lines;
    }
}
