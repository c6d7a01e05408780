// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.execute;

import dev.tidemark.history.HistoryRow;
import dev.tidemark.model.ChangeSet;
import dev.tidemark.sql.SqlStatement;
import java.util.List;

/**
 * Where a run's statements go: a live database (executed, with the lock protocol and
 * transactions) or a script (written as text). The executor drives both the same way, so the
 * script a DBA reviews is what update runs.
 */
public interface Target extends AutoCloseable {
    /** Makes sure the tracking tables exist and takes the lock. */
    void open(RunInfo run);

    /** Runs one changeset's statements and records its history row (insert, or update for a re-run). */
    void apply(ChangeSet changeSet, List<SqlStatement> statements, HistoryRow row, boolean rerun);

    /**
     * A pending changeset that does not run this time (its preconditions failed with
     * onFail/onError CONTINUE): nothing is recorded; a script says so in a comment.
     */
    default void skipped(ChangeSet changeSet, String reason) {
    }

    /** A note that belongs beside the statements (output and executeCommand changes). */
    void note(String text);

    /** Releases the lock. */
    @Override
    void close();
}
