// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.formats.sql;

import java.util.regex.Pattern;

/**
 * The line shapes of a formatted SQL changelog. They accept exactly the lines Liquibase 4.33 treats as
 * directives, no more and no fewer: every other line of a changeset is SQL body and counts toward the
 * checksum, so a line read as a directive here but as SQL by Liquibase (or the reverse) would change
 * the checksum of changesets already deployed. All are matched against the whole line, ignoring case.
 * Shapes named {@code *_MALFORMED} are the near misses Liquibase rejects ("Unexpected formatting").
 */
final class FormattedSqlSyntax {
    private FormattedSqlSyntax() {
    }

    /** {@code --liquibase formatted sql}; group 1 is the rest of the line after "formatted". */
    static final Pattern HEADER = compile("\\s*--\\s*liquibase\\s*formatted(.*)");

    /** {@code --property} with at least two {@code key:value} parts; group 1 is the arguments. */
    static final Pattern PROPERTY = compile("\\s*--\\s*property\\s+(.*:.*\\s.*:.*)");
    static final Pattern PROPERTY_MALFORMED = compile("\\s*-+\\s*property\\s.*");

    /** {@code --ignoreLines:start|end|<count>}; no leading or trailing blanks, as in Liquibase. */
    static final Pattern IGNORE_LINES = compile("--\\s*ignoreLines:(\\w+)");
    /** The single-dash form, also rejected between {@code --ignoreLines:start} and its end. */
    static final Pattern IGNORE_LINES_ONE_DASH = compile("-\\s*ignoreLines:\\w+.*");
    /** {@code --ignore:x} as a line of its own, a likely mistake for ignoreLines. */
    static final Pattern IGNORE_LINE = compile("--\\s*ignore:\\w+");

    /**
     * {@code --changeset author:id rest}. The author is double-quoted or runs to the first colon; the id
     * follows the colon directly and is double-quoted or runs to the next blank.
     */
    static final Pattern CHANGESET = compile("\\s*--\\s*changeset\\s+(\"[^\"]+\"|[^:]+):(\"[^\"]+\"|\\S+)(.*)");
    /** A changeset line with blanks between the colon and the id, which Liquibase rejects. */
    static final Pattern CHANGESET_SPACED_ID = compile("\\s*--\\s*changeset\\s+(\"[^\"]+\"|[^:]+):\\s+\\S.*");
    static final Pattern CHANGESET_MALFORMED = compile("\\s*--\\s*changeset.*|-\\s*changeset\\s.*");

    /** {@code --comment: text} or {@code --comment text}, starting in column 1; group 1 is the text. */
    static final Pattern COMMENT = compile("--\\s*comment:? (.*)");
    static final Pattern COMMENT_MALFORMED = compile("-\\s*comment:? .*|--\\s*comments:? .*");

    /** {@code --validCheckSum: value}, starting in column 1; group 1 is the value. */
    static final Pattern VALID_CHECKSUM = compile("--\\s*validCheckSum:? (.*)");
    static final Pattern VALID_CHECKSUM_MALFORMED = compile("-\\s*validCheckSum.*");

    /** {@code --rollback sql}; exactly one space after the keyword, group 1 is the SQL. */
    static final Pattern ROLLBACK = compile("\\s*--\\s*rollback (.*)");
    static final Pattern ROLLBACK_MALFORMED = compile("\\s*-\\s*rollback\\s.*");

    /** A line holding only {@code /* liquibase rollback}: the start of a block rollback. */
    static final Pattern ROLLBACK_BLOCK_START = compile("\\s*/\\*\\s*liquibase\\s*rollback\\s*");
    /** The last line of a block rollback; group 1 is what comes before the closing {@code *}{@code /}. */
    static final Pattern ROLLBACK_BLOCK_END = compile("(.*)\\*/\\s*");

    /** {@code --preconditions onFail:.. onError:.. onSqlOutput:..}; group 1 is the arguments. */
    static final Pattern PRECONDITIONS = compile("\\s*--\\s*preconditions(.*)");
    static final Pattern PRECONDITIONS_MALFORMED = compile("\\s*-\\s*preconditions\\s.*");

    /** {@code --precondition-<name> <arguments>}: group 1 the name, group 2 the arguments. */
    static final Pattern PRECONDITION = compile("\\s*--\\s*precondition-([a-zA-Z0-9-]+) (.*)");
    /** {@code --precondition-<name>} with no arguments. */
    static final Pattern PRECONDITION_BARE = compile("\\s*--\\s*precondition-([a-zA-Z0-9-]+)");
    static final Pattern PRECONDITION_MALFORMED = compile("\\s*-\\s*precondition.*");

    private static Pattern compile(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
    }
}
