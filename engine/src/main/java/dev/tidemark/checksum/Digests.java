// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.checksum;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;

/** MD5 as Liquibase's checksums use it. */
final class Digests {
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    /**
     * Every text of characters below U+0300 (where the combining diacritical marks begin) is in
     * NFC already: each such character is its own NFC form, none combines with the one before it,
     * and none has a combining class to reorder by. {@code DigestsTest} checks this for every
     * character and every pair of them.
     */
    static final char NFC_STABLE_BELOW = '\u0300';

    private Digests() {
    }

    /** Lowercase hex MD5 of the bytes as they are. */
    static String md5(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(bytes);
            char[] out = new char[digest.length * 2];
            for (int i = 0; i < digest.length; i++) {
                out[2 * i] = HEX[(digest[i] >> 4) & 0xF];
                out[2 * i + 1] = HEX[digest[i] & 0xF];
            }
            return new String(out);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has MD5", e);
        }
    }

    /**
     * MD5 of a text the way Liquibase hashes serializations and checksum chains: line ends made
     * LF, U+FFFD removed, Unicode NFC, then UTF-8. A text without CR and without characters from
     * U+0300 on (nearly all of them) is all that already.
     */
    static String md5OfText(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        // as many bytes as characters: ASCII only, so only a CR could need changing
        if (utf8.length == text.length() && text.indexOf('\r') < 0) {
            return md5(utf8);
        }
        return md5(normalized(text).getBytes(StandardCharsets.UTF_8));
    }

    /** The text with LF line ends, without U+FFFD, in NFC. */
    static String normalized(String text) {
        if (isNormal(text)) {
            return text;
        }
        String lf = text.replace("\r\n", "\n").replace("\r", "\n").replace("\uFFFD", "");
        return Normalizer.normalize(lf, Normalizer.Form.NFC);
    }

    private static boolean isNormal(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c == '\r' || c >= NFC_STABLE_BELOW) {
                return false;
            }
        }
        return true;
    }
}
