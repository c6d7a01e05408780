// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.sql;

import dev.tidemark.error.ErrorCode;
import dev.tidemark.error.TidemarkException;
import dev.tidemark.model.SourceLocation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The content of a loadData / loadUpdateData file: the header (the first record, names trimmed)
 * and the data rows with the line each starts on. Parsed with Apache Commons CSV (RFC 4180
 * quoting: a quote character only opens a quoted value at its start, and is doubled inside it;
 * backslash is an ordinary character, as in Liquibase).
 *
 * <p>As in Liquibase, a record whose first value starts with {@code commentLineStartsWith} is
 * skipped (the header is never a comment), and every row must have as many values as the header.
 * Liquibase 4.33 silently stops reading at the first blank line; Tidemark ignores blank lines at
 * the end of the file and refuses a blank line that has rows after it, so that no row is dropped
 * unnoticed.
 *
 * @param name   the file name as written in the change, for messages
 * @param header the column names of the first record, trimmed
 * @param rows   the data rows
 */
public record LoadDataFile(String name, List<String> header, List<Row> rows) {

    /** One data row: the line it starts on and its values. */
    public record Row(long line, List<String> values) {
        public Row {
            values = List.copyOf(values);
        }
    }

    public LoadDataFile {
        Objects.requireNonNull(name, "name");
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /**
     * Reads a file's bytes ({@code .gz} files are decompressed).
     *
     * @param separator             one character; {@code \t} (backslash, t) means a tab; null: comma
     * @param quotchar              one character; null: double quote; empty: no quoting
     * @param commentLineStartsWith null: {@code #}; empty: no comments
     * @param at                    the change, for messages
     */
    public static LoadDataFile read(byte[] bytes, String name, String encoding, String separator, String quotchar,
            String commentLineStartsWith, SourceLocation at) {
        String text = DataValues.decode(name.toLowerCase(Locale.ROOT).endsWith(".gz") ? gunzip(bytes, name, at) : bytes,
                encoding, at);
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(separator(separator, at))
                .setQuote(quote(quotchar, at))
                .setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(false)
                .setTrim(false)
                .get();
        String comment = commentLineStartsWith == null ? "#" : commentLineStartsWith;
        List<String> header = null;
        List<Row> rows = new ArrayList<>();
        long blankLine = 0;
        try (CSVParser parser = format.parse(new StringReader(text))) {
            Iterator<CSVRecord> records = parser.iterator();
            long line = 1;
            while (records.hasNext()) {
                CSVRecord record = records.next();
                long start = line;
                line = parser.getCurrentLineNumber() + 1;
                List<String> values = record.toList();
                if (header == null) {
                    header = values.stream().map(String::trim).toList();
                    continue;
                }
                if (values.size() == 1 && values.get(0).isBlank()) {
                    blankLine = blankLine == 0 ? start : blankLine;
                    continue;
                }
                if (!comment.isEmpty() && values.get(0).startsWith(comment)) {
                    continue;
                }
                if (blankLine != 0) {
                    throw new TidemarkException(ErrorCode.INVALID_VALUE, at, name + " line " + blankLine
                            + " is blank and rows follow it; Liquibase stops reading at a blank line, so remove it "
                            + "(or the rows after it)", null);
                }
                if (values.size() != header.size()) {
                    throw new TidemarkException(ErrorCode.INVALID_VALUE, at, name + " line " + start + " has "
                            + values.size() + " values but the header has " + header.size()
                            + " (an unquoted separator inside a value?)", null);
                }
                rows.add(new Row(start, values));
            }
        } catch (IOException | UncheckedIOException e) {
            throw new TidemarkException(ErrorCode.INVALID_VALUE, at, name + ": " + e.getMessage(), e);
        }
        if (header == null) {
            throw new TidemarkException(ErrorCode.INVALID_VALUE, at, name + " is empty: it needs a header line", null);
        }
        return new LoadDataFile(name, header, rows);
    }

    private static char separator(String separator, SourceLocation at) {
        if (separator == null) {
            return ',';
        }
        if (separator.equals("\\t")) {
            return '\t';
        }
        if (separator.length() != 1) {
            throw new TidemarkException(ErrorCode.INVALID_VALUE, at, "separator '" + separator + "' must be one character", null);
        }
        return separator.charAt(0);
    }

    private static Character quote(String quotchar, SourceLocation at) {
        if (quotchar == null) {
            return '"';
        }
        if (quotchar.trim().isEmpty()) {
            return null;
        }
        if (quotchar.length() != 1) {
            throw new TidemarkException(ErrorCode.INVALID_VALUE, at, "quotchar '" + quotchar + "' must be one character", null);
        }
        return quotchar.charAt(0);
    }

    private static byte[] gunzip(byte[] bytes, String name, SourceLocation at) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new TidemarkException(ErrorCode.INVALID_VALUE, at, name + " is not a valid gzip file: " + e.getMessage(), e);
        }
    }
}
