// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.sql;

import static dev.tidemark.sql.DataSqlTest.AT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tidemark.error.ErrorCode;
import dev.tidemark.error.TidemarkException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class LoadDataFileTest {

    private static LoadDataFile read(String text) {
        return read(text, null, null, null);
    }

    private static LoadDataFile read(String text, String separator, String quotchar, String comment) {
        return LoadDataFile.read(text.getBytes(StandardCharsets.UTF_8), "a.csv", null, separator, quotchar, comment, AT);
    }

    private static TidemarkException failure(String text) {
        return assertThrows(TidemarkException.class, () -> read(text));
    }

    @Test
    void read_givesTheTrimmedHeaderAndRowsWithTheirLines() {
        LoadDataFile f = read("id , name\n1,a\n2,\"multi\nline\"\n3,\"x \"\"y\"\"\"\n");
        assertEquals(List.of("id", "name"), f.header());
        assertEquals(List.of(new LoadDataFile.Row(2, List.of("1", "a")), new LoadDataFile.Row(3, List.of("2", "multi\nline")),
                new LoadDataFile.Row(5, List.of("3", "x \"y\""))), f.rows());
    }

    @Test
    void read_keepsSpacesBackslashesAndQuotesInsideUnquotedValues() {
        LoadDataFile f = read("a,b,c\n a\\b , \"sp\",x\"y\n");
        assertEquals(List.of(" a\\b ", " \"sp\"", "x\"y"), f.rows().get(0).values());
    }

    @Test
    void read_skipsCommentRecordsButNeverTheHeader() {
        LoadDataFile f = read("#id,name\n# note, with a comma\n1,a\n", null, null, null);
        assertEquals(List.of("#id", "name"), f.header());
        assertEquals(1, f.rows().size());
        assertEquals(1, read("id\n// x\n1\n", null, null, "//").rows().size());
        assertEquals(2, read("id\n#1\n2\n", null, null, "").rows().size());
    }

    @Test
    void read_takesSeparatorAndQuoteCharacter() {
        LoadDataFile f = read("a;b\n'x; y';'it''s'\n", ";", "'", null);
        assertEquals(List.of("x; y", "it's"), f.rows().get(0).values());
        assertEquals(List.of("1", "2"), read("a\tb\n1\t2\n", "\\t", null, null).rows().get(0).values());
        assertEquals(List.of("\"x\"", "2"), read("a,b\n\"x\",2\n", null, "", null).rows().get(0).values());
    }

    @Test
    void read_ignoresBlankLinesAtTheEnd() {
        assertEquals(2, read("id\n1\n2\n\n  \n").rows().size());
    }

    @Test
    void read_refusesABlankLineFollowedByRows() {
        TidemarkException e = failure("id\n1\n\n2\n");
        assertEquals(ErrorCode.INVALID_VALUE, e.code());
        assertEquals(AT, e.location());
        assertEquals("a.csv line 3 is blank and rows follow it; Liquibase stops reading at a blank line, so remove it "
                + "(or the rows after it)", e.getMessage());
    }

    @Test
    void read_refusesARowWithAnotherNumberOfValues() {
        assertEquals("a.csv line 3 has 3 values but the header has 2 (an unquoted separator inside a value?)",
                failure("a,b\n1,2\nx,y,z\n").getMessage());
    }

    @Test
    void read_refusesMalformedQuoting() {
        TidemarkException e = failure("a,b\n\"x\"y,2\n");
        assertEquals(ErrorCode.INVALID_VALUE, e.code());
    }

    @Test
    void read_refusesAnEmptyFileAndOddOptions() {
        assertEquals("a.csv is empty: it needs a header line", failure("").getMessage());
        assertEquals("separator ';;' must be one character",
                assertThrows(TidemarkException.class, () -> read("a\n", ";;", null, null)).getMessage());
        assertEquals("quotchar '\"\"' must be one character",
                assertThrows(TidemarkException.class, () -> read("a\n", null, "\"\"", null)).getMessage());
    }

    @Test
    void read_decompressesGzipAndDropsTheByteOrderMark() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write("\uFEFFid,name\n1,é\n".getBytes(StandardCharsets.UTF_8));
        }
        LoadDataFile f = LoadDataFile.read(out.toByteArray(), "a.csv.GZ", "UTF-8", null, null, null, AT);
        assertEquals(List.of("id", "name"), f.header());
        assertEquals(List.of("1", "é"), f.rows().get(0).values());
    }

    @Test
    void read_decodesTheGivenEncodingStrictly() {
        byte[] latin1 = "id\ncafé\n".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("café", LoadDataFile.read(latin1, "a.csv", "ISO-8859-1", null, null, null, AT).rows().get(0).values().get(0));
        assertEquals("the file is not valid UTF-8 text; set its encoding", assertThrows(TidemarkException.class,
                () -> LoadDataFile.read(latin1, "a.csv", null, null, null, null, AT)).getMessage());
        assertEquals("unknown encoding 'klingon'", assertThrows(TidemarkException.class,
                () -> LoadDataFile.read(latin1, "a.csv", "klingon", null, null, null, AT)).getMessage());
    }
}
