// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.sql;

import java.util.EnumSet;
import java.util.Set;

/**
 * The lexical rules a database's SQL text follows, as far as splitting a script into statements
 * needs them: which quotes and comments exist, so that no delimiter inside them ends a statement.
 * Every syntax knows {@code '...'} strings (quote doubled), {@code "..."} identifiers,
 * {@code -- } line comments and block comments.
 */
public record StatementSyntax(Set<Feature> features) {

    /** A lexical rule beyond the common ones. */
    public enum Feature {
        /** Backslash escapes the next character inside quotes (MySQL, MariaDB). */
        BACKSLASH_ESCAPES,
        /** {@code "..."} is a string, not an identifier (MySQL, MariaDB). */
        DOUBLE_QUOTED_STRINGS,
        /** {@code `...`} is an identifier (MySQL, MariaDB). */
        BACKTICK_IDENTIFIERS,
        /** {@code #} starts a line comment (MySQL, MariaDB). */
        HASH_COMMENTS,
        /** {@code --} starts a comment only when whitespace follows it (MySQL, MariaDB). */
        DASH_DASH_NEEDS_SPACE,
        /** {@code //} starts a line comment (H2). */
        SLASH_SLASH_COMMENTS,
        /** Block comments nest (PostgreSQL). */
        NESTED_BLOCK_COMMENTS,
        /** {@code $$...$$} and {@code $tag$...$tag$} quote a body (PostgreSQL, H2). */
        DOLLAR_QUOTES,
        /** {@code E'...'} strings take backslash escapes (PostgreSQL). */
        ESCAPE_STRINGS,
        /** {@code q'[...]'} alternative quoting, also with {@code {} () <>} or any other character (Oracle). */
        Q_QUOTES,
        /**
         * PL/SQL units (CREATE [OR REPLACE] PROCEDURE / FUNCTION / PACKAGE [BODY] / TRIGGER / TYPE [BODY],
         * and blocks starting with DECLARE or BEGIN) run up to a line holding only {@code /}, as in
         * SQL*Plus, keep their final {@code ;}, and are marked as blocks (Oracle).
         */
        PLSQL_BLOCKS
    }

    /** Only the common rules. */
    public static final StatementSyntax ANSI = new StatementSyntax(Set.of());

    public StatementSyntax {
        features = features.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(features));
    }

    /** A syntax with the given features. */
    public static StatementSyntax of(Feature... features) {
        return new StatementSyntax(Set.of(features));
    }

    public boolean has(Feature feature) {
        return features.contains(feature);
    }
}
