// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.checksum;

/**
 * MD5 (RFC 1321) of a byte array, in plain Java. The platform's {@code MessageDigest} gives the
 * same digest, but reads its input through a byte-array view {@code VarHandle}, which the CLI's
 * client-compiler-only JVM does not inline: a fifth of the time of every checksum went there.
 * {@code Md5Test} compares the two on inputs of every length around the block boundaries.
 */
final class Md5 {
    private static final int[] SHIFTS = {7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21};
    /** RFC 1321's table T: {@code floor(abs(sin(i + 1)) * 2^32)}. */
    private static final int[] T = {
            0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
            0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
            0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
            0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
            0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
            0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
            0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
            0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391
    };

    private Md5() {
    }

    /** The 16-byte digest of {@code message}. */
    static byte[] digest(byte[] message) {
        int[] state = {0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476};
        int[] words = new int[16];
        int whole = message.length & ~63;
        for (int offset = 0; offset < whole; offset += 64) {
            block(state, words, message, offset);
        }
        // the rest, the 0x80 marker, zeros to 56 mod 64, and the length in bits (little-endian)
        int rest = message.length - whole;
        byte[] tail = new byte[rest < 56 ? 64 : 128];
        System.arraycopy(message, whole, tail, 0, rest);
        tail[rest] = (byte) 0x80;
        long bits = (long) message.length << 3;
        for (int i = 0; i < 8; i++) {
            tail[tail.length - 8 + i] = (byte) (bits >>> (8 * i));
        }
        for (int offset = 0; offset < tail.length; offset += 64) {
            block(state, words, tail, offset);
        }
        byte[] out = new byte[16];
        for (int i = 0; i < 16; i++) {
            out[i] = (byte) (state[i >> 2] >>> (8 * (i & 3)));
        }
        return out;
    }

    private static void block(int[] state, int[] words, byte[] in, int offset) {
        for (int i = 0; i < 16; i++) {
            int at = offset + 4 * i;
            words[i] = (in[at] & 0xff) | (in[at + 1] & 0xff) << 8 | (in[at + 2] & 0xff) << 16 | (in[at + 3] & 0xff) << 24;
        }
        int a = state[0];
        int b = state[1];
        int c = state[2];
        int d = state[3];
        for (int i = 0; i < 64; i++) {
            int f;
            int g;
            if (i < 16) {
                f = (b & c) | (~b & d);
                g = i;
            } else if (i < 32) {
                f = (d & b) | (~d & c);
                g = (5 * i + 1) & 15;
            } else if (i < 48) {
                f = b ^ c ^ d;
                g = (3 * i + 5) & 15;
            } else {
                f = c ^ (b | ~d);
                g = (7 * i) & 15;
            }
            int rotated = Integer.rotateLeft(a + f + T[i] + words[g], SHIFTS[(i >> 4) << 2 | (i & 3)]);
            a = d;
            d = c;
            c = b;
            b = b + rotated;
        }
        state[0] += a;
        state[1] += b;
        state[2] += c;
        state[3] += d;
    }
}
