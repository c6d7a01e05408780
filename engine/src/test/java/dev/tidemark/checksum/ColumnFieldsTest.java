// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.checksum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.NumberFormat;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** How numeric column values are read: kept as written when the US number format reads a number at their start. */
class ColumnFieldsTest {
    private static final String ALPHABET = "0123456789-+.,eE ()x\u0660\uFF11\u221e";

    /** What ColumnFields.number did for every text before its shortcut. */
    private static String byNumberFormat(String text) {
        String unwrapped = text.startsWith("(") ? text.replaceFirst("^\\(", "").replaceFirst("\\)$", "") : text;
        try {
            NumberFormat.getInstance(Locale.US).parse(unwrapped);
            return unwrapped;
        } catch (ParseException e) {
            return null;
        }
    }

    @Test
    void aLeadingDigit_orMinusAndDigit_isAlwaysANumberToTheNumberFormat() {
        Random random = new Random(20240611);
        List<String> texts = new ArrayList<>(List.of("0", "1", "-1", "405225177837", "1e5", "1,000.5", "12abc", "-0x", "9-",
                "(5)", "(-5", "-", "--1", "+1", "", "(", "()", ".5", "-.5", "abc", "\u0661", "-\u0661", "\u221e", "NaN", "1 2"));
        for (int i = 0; i < 20000; i++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(6);
            for (int c = 0; c < length; c++) {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            texts.add(text.toString());
        }
        int shortcuts = 0;
        for (String text : texts) {
            if (ColumnFields.startsWithNumber(text)) {
                shortcuts++;
                assertEquals(text, byNumberFormat(text), text);
            }
            assertEquals(byNumberFormat(text), ColumnFields.number(text), text);
        }
        assertTrue(shortcuts > 1000, "the shortcut was taken " + shortcuts + " times");
    }

    @Test
    void textsTheShortcutLeavesToTheNumberFormat() {
        assertFalse(ColumnFields.startsWithNumber("-"));
        assertFalse(ColumnFields.startsWithNumber(".5"));
        assertFalse(ColumnFields.startsWithNumber("\u0661"));
        assertEquals(".5", ColumnFields.number(".5"));
        assertEquals("\u0661", ColumnFields.number("\u0661"));
        assertEquals(null, ColumnFields.number("abc"));
        assertEquals("5", ColumnFields.number("(5)"));
    }
}
