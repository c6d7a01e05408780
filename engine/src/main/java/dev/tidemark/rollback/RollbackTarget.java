// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.rollback;

import dev.tidemark.history.HistoryRow;
import dev.tidemark.model.ChangeSet;
import dev.tidemark.sql.SqlStatement;
import java.util.List;

/**
 * Where a rollback's statements go: a live database (run, one transaction per changeset with its
 * history row's DELETE) or a script (written as text). Both are driven the same way, so the script
 * a DBA reviews is what rollback runs.
 */
public interface RollbackTarget {
    /** Starts the run (a script writes its header and the lock). */
    void open();

    /** Undoes one changeset: its statements, then the DELETE of its history row. */
    void rollBack(ChangeSet changeSet, List<SqlStatement> statements, HistoryRow row);

    /**
     * Runs a rollback script given instead of the computed rollbacks (--rollback-script), then
     * deletes the history rows of the changesets it stands for.
     */
    void runScript(List<SqlStatement> script, List<RollbackStep> steps);

    /** Ends the run (a script releases the lock). */
    void close();
}
