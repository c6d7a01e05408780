// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.checksum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The text normalization before MD5, and the shortcut that skips it for texts already normal. */
class DigestsTest {

    /** What Digests.normalized did for every text before its shortcut. */
    private static String fullNormalization(String text) {
        String lf = text.replace("\r\n", "\n").replace("\r", "\n").replace("\uFFFD", "");
        return Normalizer.normalize(lf, Normalizer.Form.NFC);
    }

    @Test
    void everyCharacterAndEveryPairBelowTheBound_isInNfcAlready() {
        char[] pair = new char[2];
        for (char first = 0; first < Digests.NFC_STABLE_BELOW; first++) {
            pair[0] = first;
            assertTrue(Normalizer.isNormalized(String.valueOf(first), Normalizer.Form.NFC), () -> "U+" + Integer.toHexString(pair[0]));
            for (char second = 0; second < Digests.NFC_STABLE_BELOW; second++) {
                pair[1] = second;
                String text = new String(pair);
                assertTrue(Normalizer.isNormalized(text, Normalizer.Form.NFC), () -> "U+" + Integer.toHexString(pair[0])
                        + " U+" + Integer.toHexString(pair[1]));
            }
        }
    }

    @Test
    void textWithoutCarriageReturnOrCharactersFromTheBound_isHashedAsItIs() {
        String text = "createTable:[\n    tableName=\"caf\u00e9_\u00df\u00ff\"\n]";
        assertSame(text, Digests.normalized(text));
        assertEquals(fullNormalization(text), Digests.normalized(text));
    }

    @Test
    void otherTexts_areNormalizedAsBefore() {
        List<String> texts = new ArrayList<>(List.of("a\r\nb\rc", "cafe\u0301", "\u00e9\u0301", "x\uFFFDy", "\u1e9b\u0323",
                "\u2126 ohm", "\uAC00\u11A8", "e\u0301\r\n\u0300", "\u0300", "\u02ff\u0300"));
        for (String text : texts) {
            assertEquals(fullNormalization(text), Digests.normalized(text), text);
        }
        assertEquals("caf\u00e9", Digests.normalized("cafe\u0301"));
    }

    @Test
    void md5OfText_hashesTheNormalizedUtf8() {
        assertEquals(Digests.md5("caf\u00e9\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)), Digests.md5OfText("cafe\u0301\r"));
        assertEquals("900150983cd24fb0d6963f7d28e17f72", Digests.md5OfText("abc"));
    }
}
