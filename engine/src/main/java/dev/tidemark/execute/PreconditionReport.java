// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.execute;

import dev.tidemark.model.ChangeSet;
import dev.tidemark.model.SourceLocation;
import java.util.Objects;

/**
 * Preconditions that failed (or could not be evaluated) without halting the run, and what the
 * run does about it.
 *
 * @param changeSet the changeset, or null for changelog-level preconditions
 * @param location  where the {@code preConditions} block is
 * @param errored   the preconditions could not be evaluated (onError applies), rather than failed (onFail)
 * @param action    WARN (ran anyway), CONTINUE (skipped this time, not recorded) or MARK_RAN (recorded, not run)
 * @param message   why: onFailMessage / onErrorMessage when given, else each failed precondition with its place
 */
public record PreconditionReport(ChangeSet changeSet, SourceLocation location, boolean errored, String action, String message) {
    public PreconditionReport {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(action, "action");
    }

    /** One line for a log or a terminal. */
    public String text() {
        String what = changeSet == null ? "changelog preconditions" : "preconditions of changeset " + changeSet.identifier();
        String outcome;
        switch (action) {
            case "WARN":
                outcome = changeSet == null ? "the update goes on" : "it runs anyway";
                break;
            case "MARK_RAN":
                outcome = "marked as ran without running";
                break;
            default:
                outcome = "skipped; asked again on the next update";
                break;
        }
        return location + ": " + what + (errored ? " could not be evaluated" : " failed") + " (on" + (errored ? "Error" : "Fail")
                + "=" + action + ", " + outcome + "): " + message;
    }
}
