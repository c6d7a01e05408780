// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.mysql;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.error.ErrorCode;
import dev.tidemark.error.TidemarkException;
import dev.tidemark.model.SourceLocation;
import dev.tidemark.sql.Literals;

/**
 * MySQL's literals. Backslash is an escape character in MySQL strings unless the server runs with
 * NO_BACKSLASH_ESCAPES (off by default), so backslashes are doubled as Liquibase does, and NUL is
 * written {@code \0}. Booleans are 1 and 0. MySQL has no sequences.
 */
public class MySqlLiterals extends Literals {
    public MySqlLiterals(Dialect dialect) {
        super(dialect);
    }

    @Override
    protected String quoted(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "''").replace("\0", "\\0") + "'";
    }

    @Override
    protected String stringWithNul(String value, SourceLocation at) {
        return quoted(value);
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
