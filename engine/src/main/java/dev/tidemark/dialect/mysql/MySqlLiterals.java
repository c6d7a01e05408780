// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.mysql;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.error.ErrorCode;
import dev.tidemark.error.TidemarkException;
import dev.tidemark.model.SourceLocation;
import dev.tidemark.sql.Literals;
import java.nio.charset.StandardCharsets;

/**
 * MySQL's literals. A backslash is an escape character in MySQL strings unless the server,
 * database or session runs with sql_mode NO_BACKSLASH_ESCAPES; then {@code 'a\\b'} stores two
 * backslashes and {@code '\0'} a backslash and a zero. No quoted spelling of a backslash reads the
 * same under both modes, so a string holding a backslash or NUL is written as a hexadecimal
 * literal with a character set introducer, {@code _utf8mb4 X'615C62'}: the same text in either
 * mode, still a literal (it stands wherever a quoted string does in a value and takes the
 * collation of the column it meets, as a quoted string does). Other strings are quoted with
 * quotes doubled, which both modes read alike. Booleans are 1 and 0. MySQL has no sequences.
 */
public class MySqlLiterals extends Literals {
    public MySqlLiterals(Dialect dialect) {
        super(dialect);
    }

    @Override
    protected String quoted(String value) {
        return value.indexOf('\\') >= 0 ? utf8mb4Hex(value) : super.quoted(value);
    }

    @Override
    protected String stringWithNul(String value, SourceLocation at) {
        return utf8mb4Hex(value);
    }

    /**
     * The quoted spelling for COMMENT clauses, whose grammar takes a quoted string only (not a
     * hexadecimal literal): backslashes doubled and NUL as {@code \0}, as Liquibase writes them.
     * Under NO_BACKSLASH_ESCAPES such a comment keeps the doubled backslashes; it cannot end early
     * in either mode, because quotes are doubled.
     */
    @Override
    public String plainString(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "''").replace("\0", "\\0") + "'";
    }

    /** {@code _utf8mb4 X'..'}: the text's UTF-8 bytes, read as utf8mb4 whatever the connection's character set. */
    private static String utf8mb4Hex(String value) {
        return "_utf8mb4 X'" + hex(value.getBytes(StandardCharsets.UTF_8), true) + "'";
    }

    @Override
    public String bool(boolean value) {
        return value ? "1" : "0";
    }

    @Override
    public String sequenceNext(String qualifiedName, SourceLocation at) {
        throw noSequences(at);
    }

    @Override
    public String sequenceCurrent(String qualifiedName, SourceLocation at) {
        throw noSequences(at);
    }

    private TidemarkException noSequences(SourceLocation at) {
        return new TidemarkException(ErrorCode.UNSUPPORTED, at, "sequence values are not supported on "
                + dialect.displayName() + ": MySQL has no sequences", null);
    }
}
