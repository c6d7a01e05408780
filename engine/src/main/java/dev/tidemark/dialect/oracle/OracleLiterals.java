// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.oracle;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.error.ErrorCode;
import dev.tidemark.error.TidemarkException;
import dev.tidemark.model.SourceLocation;
import dev.tidemark.sql.LiteralDate;
import dev.tidemark.sql.Literals;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Oracle's literals. A string literal holds at most 4000 bytes, so longer text is written as
 * {@code to_clob( '...' ) || to_clob( '...' )} in pieces of at most 4000 UTF-8 bytes (Liquibase
 * cuts at 4000 characters, too long for multi-byte text); NUL is concatenated as {@code CHR(0)}.
 * Booleans are 1 and 0, dates go through {@code TO_DATE} / {@code TO_TIMESTAMP}, sequences are
 * {@code s.nextval} / {@code s.currval}, binary values {@code HEXTORAW('..')}.
 */
public class OracleLiterals extends Literals {
    /** The longest string literal Oracle accepts, in bytes. */
    static final int MAX_LITERAL_BYTES = 4000;

    public OracleLiterals(Dialect dialect) {
        super(dialect);
    }

    @Override
    public String string(String value, SourceLocation at) {
        boolean hasNul = value.indexOf('\0') >= 0;
        boolean tooLong = value.getBytes(StandardCharsets.UTF_8).length > MAX_LITERAL_BYTES;
        if (!hasNul && !tooLong) {
            return quoted(value);
        }
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= value.length(); i++) {
            if (i == value.length() || value.charAt(i) == '\0') {
                if (i > start) {
                    String segment = value.substring(start, i);
                    if (tooLong) {
                        for (String piece : pieces(segment)) {
                            parts.add("to_clob( " + quoted(piece) + " )");
                        }
                    } else {
                        parts.add(quoted(segment));
                    }
                }
                if (i < value.length()) {
                    parts.add("CHR(0)");
                }
                start = i + 1;
            }
        }
        return String.join(" || ", parts);
    }

    /** Cuts text into pieces of at most 4000 UTF-8 bytes, never inside a character. */
    private static List<String> pieces(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int bytes = 0;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int len = utf8Length(cp);
            if (bytes + len > MAX_LITERAL_BYTES) {
                out.add(text.substring(start, i));
                start = i;
                bytes = 0;
            }
            bytes += len;
            i += Character.charCount(cp);
        }
        out.add(text.substring(start));
        return out;
    }

    private static int utf8Length(int codePoint) {
        return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    }

    @Override
    public String bool(boolean value) {
        return value ? "1" : "0";
    }

    @Override
    public String date(LiteralDate date) {
        switch (date.kind()) {
            case DATE:
                return "TO_DATE('" + date.text() + "', 'YYYY-MM-DD')";
            case TIME:
                return "TO_DATE('" + date.text() + "', 'HH24:MI:SS')";
            case TIMESTAMP:
            default:
                return date.hasFraction()
                        ? "TO_TIMESTAMP('" + date.text() + "', 'YYYY-MM-DD HH24:MI:SS.FF')"
                        : "TO_DATE('" + date.text() + "', 'YYYY-MM-DD HH24:MI:SS')";
        }
    }

    /** Oracle keeps a plain CURRENT_TIMESTAMP (it carries the session time zone), as Liquibase does. */
    @Override
    public String computed(String expression) {
        return expression.equalsIgnoreCase("current_timestamp") ? expression : super.computed(expression);
    }

    @Override
    public String sequenceNext(String qualifiedName, SourceLocation at) {
        return qualifiedName + ".nextval";
    }

    @Override
    public String sequenceCurrent(String qualifiedName, SourceLocation at) {
        return qualifiedName + ".currval";
    }

    /** HEXTORAW of at most 2000 bytes (a 4000-character literal); larger values must be bound, so update-sql refuses them. */
    @Override
    public String blob(byte[] bytes, SourceLocation at) {
        if (bytes.length * 2 > MAX_LITERAL_BYTES) {
            throw new TidemarkException(ErrorCode.INVALID_VALUE, at, "a binary value of " + bytes.length
                    + " bytes cannot be written as an Oracle literal (at most 2000 bytes); run update, which binds it", null);
        }
        return "HEXTORAW('" + hex(bytes, true) + "')";
    }
}
