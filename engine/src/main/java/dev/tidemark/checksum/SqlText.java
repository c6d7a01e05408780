// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.checksum;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * How Liquibase hashes SQL text. V9 deletes every space, tab, CR and LF byte; V8 prefixes a header
 * of the split settings and collapses whitespace runs to one space, trimmed.
 */
final class SqlText {
    private SqlText() {
    }

    /** V9: MD5 of the bytes without any whitespace byte. */
    static String v9(byte[] sql) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(sql.length);
        for (byte b : sql) {
            if (!isWhitespace(b)) {
                out.write(b);
            }
        }
        return Digests.md5(out.toByteArray());
    }

    /** V8: MD5 of {@code <endDelimiter>:<splitStatements>:<stripComments>:} and the collapsed bytes. */
    static String v8(String endDelimiter, boolean splitStatements, boolean stripComments, byte[] sql) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(sql.length + 32);
        byte[] header = (endDelimiter + ":" + splitStatements + ":" + stripComments + ":")
                .getBytes(StandardCharsets.UTF_8);
        out.write(header, 0, header.length);
        boolean pendingSpace = false;
        boolean seenContent = false;
        for (byte b : sql) {
            if (isWhitespace(b)) {
                pendingSpace = seenContent;
                continue;
            }
            if (pendingSpace) {
                out.write(' ');
                pendingSpace = false;
            }
            out.write(b);
            seenContent = true;
        }
        return Digests.md5(out.toByteArray());
    }

    /**
     * A file's text: a byte-order mark chooses the charset when no encoding is given and is dropped
     * either way; otherwise the encoding, UTF-8 by default.
     */
    static String decode(byte[] bytes, String encoding) {
        Charset bomCharset = null;
        int skip = 0;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            bomCharset = StandardCharsets.UTF_8;
            skip = 3;
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            bomCharset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            bomCharset = StandardCharsets.UTF_16LE;
            skip = 2;
        }
        Charset charset = encoding != null ? Charset.forName(encoding)
                : bomCharset != null ? bomCharset : StandardCharsets.UTF_8;
        return new String(bytes, skip, bytes.length - skip, charset);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWhitespace(byte b) {
        return b == ' ' || b == '\t' || b == '\r' || b == '\n';
    }
}
