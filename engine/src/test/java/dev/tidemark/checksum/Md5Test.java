// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.checksum;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The plain-Java MD5 against RFC 1321's test suite and the platform's MessageDigest. */
class Md5Test {

    private static String hex(String text) {
        return HexFormat.of().formatHex(Md5.digest(text.getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void rfc1321TestSuite() {
        assertEquals("d41d8cd98f00b204e9800998ecf8427e", hex(""));
        assertEquals("0cc175b9c0f1b6a831c399e269772661", hex("a"));
        assertEquals("900150983cd24fb0d6963f7d28e17f72", hex("abc"));
        assertEquals("f96b697d7cb7938d525a2f31aaf161d0", hex("message digest"));
        assertEquals("c3fcd3d76192e4007dfb496cca67e13b", hex("abcdefghijklmnopqrstuvwxyz"));
        assertEquals("d174ab98d277d9f5a5611c2c9f419d9f", hex("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"));
        assertEquals("57edf4a22be3c955ac49da2e2107b67a", hex("1234567890".repeat(8)));
    }

    @Test
    void sameAsMessageDigest_forEveryLengthUpTo300_andLargeInputs() throws Exception {
        Random random = new Random(1321);
        for (int length = 0; length <= 300; length++) {
            for (int round = 0; round < 4; round++) {
                byte[] input = new byte[length];
                random.nextBytes(input);
                assertArrayEquals(MessageDigest.getInstance("MD5").digest(input), Md5.digest(input), "length " + length);
            }
        }
        for (int length : new int[] {4095, 4096, 4097, 65536 + 55, 1 << 20}) {
            byte[] input = new byte[length];
            random.nextBytes(input);
            assertArrayEquals(MessageDigest.getInstance("MD5").digest(input), Md5.digest(input), "length " + length);
        }
    }
}
