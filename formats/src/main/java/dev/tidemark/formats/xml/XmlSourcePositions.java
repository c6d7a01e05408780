// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.formats.xml;

import dev.tidemark.model.SourceLocation;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns the SAX locator's positions into the places users look at. A SAX locator stands just after
 * the event's markup ({@code >} of a start tag), so the start of an element, its attributes and the
 * start of its text are found by scanning the source around that point. Lines and columns are
 * 1-based and count UTF-16 chars, as the parser does; CR LF, CR and LF each end a line.
 */
final class XmlSourcePositions {
    private final String file;
    private final String text;
    private final int[] lineStarts;

    XmlSourcePositions(String file, String text) {
        this.file = file;
        this.text = text;
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineEnd = c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'));
            if (lineEnd) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, count);
    }

    String file() {
        return file;
    }

    /** The offset of a 1-based line and column, clamped to the text. */
    int offset(int line, int column) {
        if (line < 1) {
            return 0;
        }
        int lineIndex = Math.min(line, lineStarts.length) - 1;
        return Math.max(0, Math.min(text.length(), lineStarts[lineIndex] + Math.max(column, 1) - 1));
    }

    /** The location of an offset. */
    SourceLocation location(int offset) {
        int index = Arrays.binarySearch(lineStarts, offset);
        int lineIndex = index >= 0 ? index : -index - 2;
        return new SourceLocation(file, lineIndex + 1, offset - lineStarts[lineIndex] + 1);
    }

    /** A location as the parser reported it, or the whole file when it reported none. */
    SourceLocation reported(int line, int column) {
        return line < 1 ? SourceLocation.ofFile(file) : new SourceLocation(file, line, Math.max(column, 1));
    }

    /** The offset of the {@code <} of the start tag that ends just before {@code tagEnd}. */
    int startTagOffset(int tagEnd) {
        // A literal '<' cannot occur inside a start tag (attribute values must escape it).
        int i = Math.min(tagEnd, text.length()) - 1;
        while (i > 0 && text.charAt(i) != '<') {
            i--;
        }
        return Math.max(i, 0);
    }

    /** The location of each attribute of the start tag at {@code tagStart}, by qualified name. */
    Map<String, SourceLocation> attributeLocations(int tagStart) {
        Map<String, SourceLocation> out = new LinkedHashMap<>();
        int i = tagStart + 1;
        int n = text.length();
        while (i < n && !isSpace(text.charAt(i)) && text.charAt(i) != '>' && text.charAt(i) != '/') {
            i++;
        }
        while (i < n) {
            while (i < n && isSpace(text.charAt(i))) {
                i++;
            }
            if (i >= n || text.charAt(i) == '>' || text.charAt(i) == '/') {
                break;
            }
            int nameStart = i;
            while (i < n && !isSpace(text.charAt(i)) && text.charAt(i) != '=') {
                i++;
            }
            String name = text.substring(nameStart, i);
            while (i < n && text.charAt(i) != '"' && text.charAt(i) != '\'') {
                i++;
            }
            if (i >= n) {
                break;
            }
            char quote = text.charAt(i);
            int close = text.indexOf(quote, i + 1);
            out.put(name, location(nameStart));
            if (close < 0) {
                break;
            }
            i = close + 1;
        }
        return out;
    }

    /**
     * The offset of the first character of text content at or after {@code from}, skipping
     * whitespace, comments, processing instructions and CDATA delimiters.
     */
    int textStart(int from) {
        int i = from;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                i++;
            } else if (text.startsWith("<!--", i)) {
                int end = text.indexOf("-->", i + 4);
                i = end < 0 ? n : end + 3;
            } else if (text.startsWith("<![CDATA[", i)) {
                i += 9;
            } else if (text.startsWith("]]>", i)) {
                i += 3;
            } else if (text.startsWith("<?", i)) {
                int end = text.indexOf("?>", i + 2);
                i = end < 0 ? n : end + 2;
            } else {
                return i;
            }
        }
        return Math.min(from, n);
    }

    /** The offset where a {@code <!DOCTYPE} that the parser stopped in begins, or -1. */
    int doctypeBefore(int offset) {
        int at = text.lastIndexOf("<!DOCTYPE", Math.min(offset, text.length()));
        return at;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }
}
