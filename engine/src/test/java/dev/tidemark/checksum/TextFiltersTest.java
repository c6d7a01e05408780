// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.checksum;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/**
 * The byte filters and date reading that feed checksums. Expected outputs were checked against
 * Liquibase 4.33.0's own classes on random inputs; these cases pin the rules.
 */
class TextFiltersTest {

    private static String csv(String in, String comment) {
        return new String(CsvContent.filter(in.getBytes(StandardCharsets.UTF_8), comment), StandardCharsets.UTF_8);
    }

    @Test
    void csv_dropsCommentsBlankLinesCarriageReturnsAndOuterNewlines() {
        assertEquals("id,name\n1,a\n2,b\n3,c # trailing",
                csv("\n\n# leading comment\nid,name\r\n1,a\r\n\r\n\r\n# mid comment\r\n2,b\n#another comment\n3,c # trailing\n\n\n", "#"));
    }

    @Test
    void csv_onlyTheFirstCommentCharacterCounts_andEmptyTurnsSkippingOff() {
        assertEquals("id;name\n1;x\n2;y", csv("// header\nid;name\n1;x\n/ c\n2;y", "//"));
        assertEquals("#a\nb", csv("#a\nb\n", ""));
    }

    /** Liquibase's quirk: after a blank line it no longer sees the comment when testing for the end. */
    @Test
    void csv_keepsTheNewlineBeforeABlankLineAndATrailingComment() {
        assertEquals("a\n", csv("a\n\n#c\n", "#"));
        assertEquals("a", csv("a\n#c\n", "#"));
        assertEquals("a", csv("a\r\n\r\n#c\r\n", "#"));
    }

    @Test
    void sqlV9_deletesEveryWhitespaceByte() {
        assertEquals(SqlText.v9("select1".getBytes(StandardCharsets.UTF_8)),
                SqlText.v9(" select \t\r\n 1 ".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void sqlV8_collapsesAndTrimsAfterItsHeader() {
        assertEquals(Digests.md5("null:true:false:a b c".getBytes(StandardCharsets.UTF_8)),
                SqlText.v8(null, true, false, "  a \r\n\t b\n\n\nc  \n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void decode_dropsAByteOrderMark() {
        assertEquals("SELECT 1;", SqlText.decode(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'S', 'E', 'L', 'E', 'C', 'T', ' ', '1', ';'}, null));
    }

    @Test
    void dates_areReadByLengthAndPrintedInIsoForm() {
        DateValues utc = new DateValues(TimeZone.getTimeZone("UTC"));
        assertEquals(Optional.of("2024-01-31"), utc.format("2024-01-31"));
        assertEquals(Optional.of("10:15:30"), utc.format("10:15:30"));
        assertEquals(Optional.of("2024-01-31T10:15:30"), utc.format("2024-01-31 10:15:30"));
        assertEquals(Optional.of("2024-01-31T10:15:30.123456789"), utc.format("2024-01-31T10:15:30.123456789"));
        assertEquals(Optional.of("2024-01-31T10:15:30.5"), utc.format("2024-01-31 10:15:30.5"));
        assertEquals(Optional.of("2025-02-14"), utc.format("2024-13-45"));
        assertEquals(Optional.empty(), utc.format("2024-01-31T10:15:30Z"));
        assertEquals(Optional.empty(), utc.format("2024-1-5"));
        assertEquals(Optional.empty(), utc.format("NOW()"));
    }

    @Test
    void dates_withAnOffsetArePrintedInTheJvmZone() {
        assertEquals(Optional.of("2024-01-31T08:15:30"),
                new DateValues(TimeZone.getTimeZone("UTC")).format("2024-01-31T10:15:30+02:00"));
        assertEquals(Optional.of("2024-01-31T09:15:30"),
                new DateValues(TimeZone.getTimeZone("GMT+01:00")).format("2024-01-31T10:15:30+02:00"));
    }

    @Test
    void numbers_keepTheirTextWhenNumberFormatReadsAPrefix() {
        assertEquals("1.50", ColumnFields.number("1.50"));
        assertEquals("0x1F", ColumnFields.number("0x1F"));
        assertEquals("5", ColumnFields.number("(5)"));
        assertEquals(null, ColumnFields.number("+3"));
        assertEquals(null, ColumnFields.number(" 7 "));
    }
}
