// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.postgres;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.model.SourceLocation;
import dev.tidemark.sql.Literals;

/**
 * PostgreSQL's literals. Strings need only doubled quotes while standard_conforming_strings is on
 * (the default since 9.1), but a server, database or session may turn it off, and then a backslash
 * escapes the quote that ends the literal. So a string holding a backslash is written as an escape
 * string, {@code E'...'} with backslashes doubled, which reads the same under either setting.
 * Text cannot hold NUL, so such a value is refused. Sequences are read with
 * {@code nextval('s')} / {@code currval('s')}, binary values are {@code '\x..'::bytea}.
 */
public class PostgresLiterals extends Literals {
    public PostgresLiterals(Dialect dialect) {
        super(dialect);
    }

    @Override
    protected String quoted(String value) {
        if (value.indexOf('\\') < 0) {
            return super.quoted(value);
        }
        return "E'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    @Override
    public String sequenceNext(String qualifiedName, SourceLocation at) {
        return "nextval(" + string(qualifiedName, at) + ")";
    }

    @Override
    public String sequenceCurrent(String qualifiedName, SourceLocation at) {
        return "currval(" + string(qualifiedName, at) + ")";
    }

    @Override
    public String blob(byte[] bytes, SourceLocation at) {
        return "'\\x" + hex(bytes, false) + "'::bytea";
    }
}
