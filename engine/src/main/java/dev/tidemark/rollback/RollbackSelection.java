// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.rollback;

import java.time.Instant;
import java.util.Objects;

/**
 * Which changesets a rollback undoes.
 *
 * @param kind                the rule
 * @param tag                 TO_TAG: the tag to return to
 * @param newestTag           TO_TAG: use the newest row carrying the tag instead of the oldest (--tag-version NEWEST)
 * @param includeMatchingTag  TO_TAG, oldest: also undo later rows that carry the same tag
 *                            (Liquibase's includeMatchingTagInRollbackOldest)
 * @param count               COUNT and FUTURE_COUNT: how many
 * @param date                TO_DATE: undo what ran after this instant
 */
public record RollbackSelection(Kind kind, String tag, boolean newestTag, boolean includeMatchingTag, int count, Instant date) {

    /** The rules of the rollback commands. */
    public enum Kind {
        /** rollback --tag: what ran after the tagged row. */
        TO_TAG,
        /** rollback-count: the newest N. */
        COUNT,
        /** rollback-to-date: what ran after a moment. */
        TO_DATE,
        /** future-rollback-sql: every changeset that has not run, newest in changelog order first. */
        FUTURE,
        /** future-rollback-count-sql: the next N changesets that have not run, undone last first. */
        FUTURE_COUNT
    }

    public RollbackSelection {
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.TO_TAG) {
            Objects.requireNonNull(tag, "tag");
        }
        if (kind == Kind.TO_DATE) {
            Objects.requireNonNull(date, "date");
        }
    }

    public static RollbackSelection toTag(String tag, boolean newestTag, boolean includeMatchingTag) {
        return new RollbackSelection(Kind.TO_TAG, tag, newestTag, includeMatchingTag, -1, null);
    }

    public static RollbackSelection count(int count) {
        return new RollbackSelection(Kind.COUNT, null, false, false, count, null);
    }

    public static RollbackSelection toDate(Instant date) {
        return new RollbackSelection(Kind.TO_DATE, null, false, false, -1, date);
    }

    public static RollbackSelection future() {
        return new RollbackSelection(Kind.FUTURE, null, false, false, -1, null);
    }

    public static RollbackSelection futureCount(int count) {
        return new RollbackSelection(Kind.FUTURE_COUNT, null, false, false, count, null);
    }

    /** Whether this undoes changesets that have not run yet (future-rollback-sql). */
    public boolean undoesPending() {
        return kind == Kind.FUTURE || kind == Kind.FUTURE_COUNT;
    }
}
