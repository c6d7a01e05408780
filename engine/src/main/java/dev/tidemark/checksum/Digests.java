// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.checksum;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;

/** MD5 as Liquibase's checksums use it. */
final class Digests {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

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
     * LF, U+FFFD removed, Unicode NFC, then UTF-8.
     */
    static String md5OfText(String text) {
        String normalized = text.replace("\r\n", "\n").replace("\r", "\n").replace("\uFFFD", "");
        return md5(Normalizer.normalize(normalized, Normalizer.Form.NFC).getBytes(StandardCharsets.UTF_8));
    }
}
