// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.checksum;

import java.io.ByteArrayOutputStream;

/**
 * The bytes of a loadData file as Liquibase hashes them: CR bytes dropped, comment lines dropped,
 * blank lines collapsed, leading and trailing newlines dropped. The rules follow Liquibase's
 * byte-wise filter, including its quirk that after a blank line or a CR it stops recognising a
 * comment line while deciding whether a newline is the last one.
 */
final class CsvContent {
    private static final int NONE = -1;

    private final byte[] in;
    private final int comment;

    private CsvContent(byte[] in, String commentLineStartsWith) {
        this.in = in;
        this.comment = commentLineStartsWith == null || commentLineStartsWith.isEmpty()
                ? NONE : commentLineStartsWith.charAt(0);
    }

    /** The filtered bytes; only the first character of {@code commentLineStartsWith} counts. */
    static byte[] filter(byte[] bytes, String commentLineStartsWith) {
        return new CsvContent(bytes, commentLineStartsWith).filtered();
    }

    private byte[] filtered() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        int last = NONE;
        int i = 0;
        while (true) {
            int c = at(i++);
            if (c != NONE && c == comment && (last == '\n' || last == NONE)) {
                i = endOfComment(i);
                c = at(i++);
            }
            if (c == NONE) {
                break;
            }
            if (c == '\r') {
                continue;
            }
            if (c == '\n') {
                if (last == NONE || last == '\n') {
                    continue;
                }
                if (onlySkippableFrom(i)) {
                    break;
                }
            }
            out.write(c);
            last = c;
        }
        return out.toByteArray();
    }

    /**
     * Whether nothing but skippable bytes follows a newline, i.e. it is a trailing newline.
     * A comment is only recognised right after the newline being tested.
     */
    private boolean onlySkippableFrom(int start) {
        int i = start;
        boolean lineStart = true;
        while (true) {
            int c = at(i++);
            if (lineStart && c != NONE && c == comment) {
                i = endOfComment(i);
                c = at(i++);
            }
            if (c == NONE) {
                return true;
            }
            if (c == '\r') {
                lineStart = false;
            } else if (c == '\n') {
                // a second newline in a row is skipped without looking for a comment after it;
                // a newline after a CR starts a fresh test
                lineStart = !lineStart;
            } else {
                return false;
            }
        }
    }

    /** The index of the byte that ends a comment started before {@code i}: CR, LF, NUL or the end. */
    private int endOfComment(int i) {
        int j = i;
        while (j < in.length) {
            int c = in[j] & 0xFF;
            if (c == '\n' || c == '\r' || c == 0) {
                return j;
            }
            j++;
        }
        return j;
    }

    private int at(int i) {
        return i < in.length ? in[i] & 0xFF : NONE;
    }
}
