// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.plan;

import dev.tidemark.history.HistoryRow;
import dev.tidemark.model.ChangeSet;
import java.util.Objects;

/**
 * One changeset of a plan and what to do with it. {@code ran} is its history row when it ran
 * before; {@code checkSum} the checksum it has now.
 */
public record Step(ChangeSet changeSet, Action action, HistoryRow ran, String checkSum) {
    public Step {
        Objects.requireNonNull(changeSet, "changeSet");
        Objects.requireNonNull(action, "action");
    }

    /** Whether the step runs the changeset's SQL. */
    public boolean runs() {
        return action == Action.APPLY || action == Action.RERUN;
    }
}
