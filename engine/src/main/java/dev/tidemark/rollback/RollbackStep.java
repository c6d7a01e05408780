// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.rollback;

import dev.tidemark.history.HistoryRow;
import dev.tidemark.model.ChangeSet;
import java.util.Objects;

/**
 * One changeset to undo and its history row (for a future rollback, the row it would have).
 */
public record RollbackStep(ChangeSet changeSet, HistoryRow row) {
    public RollbackStep {
        Objects.requireNonNull(changeSet, "changeSet");
        Objects.requireNonNull(row, "row");
    }
}
