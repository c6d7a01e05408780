// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.execute;

import dev.tidemark.model.ChangeSet;
import java.time.Duration;

/** What a run reports as it goes; the CLI renders it as text, a progress line or JSON. */
public interface RunListener {
    default void changeSetStarted(ChangeSet changeSet, int index, int total) {
    }

    default void changeSetApplied(ChangeSet changeSet, Duration took) {
    }

    /** failOnError=false: the changeset failed, was rolled back where possible, recorded nothing. */
    default void changeSetFailedAndSkipped(ChangeSet changeSet, String message) {
    }

    /** Preconditions failed or could not be evaluated, and the run goes on (WARN, CONTINUE or MARK_RAN). */
    default void preconditionsNotMet(PreconditionReport report) {
    }

    /** An output change's message or an executeCommand note. */
    default void note(String text) {
    }

    /** A listener that ignores everything. */
    RunListener NONE = new RunListener() {
    };
}
