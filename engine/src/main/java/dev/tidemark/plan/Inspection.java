// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.plan;

import dev.tidemark.error.Diagnostic;
import dev.tidemark.history.HistoryRow;
import java.util.List;
import java.util.Objects;

/**
 * A changelog against a database as it is now, found by reading only (no lock, nothing
 * written): whether the tracking tables exist, the history, the stored checksums that no longer
 * match (each pointing at its changeset), and the plan an update would follow. Status, validate
 * and update-sql are built on it; offline, the tables are missing and the history is empty.
 *
 * @param rows       the history as stored, oldest first
 * @param mismatches checksum mismatches, as update would refuse them
 * @param plan       what each changeset would do, planned from the history with NULL and older
 *                   checksums read as update would rewrite them
 */
public record Inspection(boolean historyExists, boolean lockExists, List<HistoryRow> rows, List<Diagnostic> mismatches,
        Plan plan) {

    public Inspection {
        rows = List.copyOf(rows);
        mismatches = List.copyOf(mismatches);
        Objects.requireNonNull(plan, "plan");
    }

    /** A database without tracking tables (offline, or never updated): everything selected is pending. */
    public static Inspection fresh(Plan plan) {
        return new Inspection(false, false, List.of(), List.of(), plan);
    }

    /** The largest ORDEREXECUTED in the history, 0 when empty. */
    public int lastOrderExecuted() {
        // (a loop, not a stream: a script run has no other use for the stream's generated classes)
        int max = Integer.MIN_VALUE;
        for (HistoryRow r : rows) {
            max = Math.max(max, r.orderExecuted());
        }
        return rows.isEmpty() ? 0 : max;
    }

    /** The changesets that would run (new ones, and re-runs). */
    public List<Step> pending() {
        return plan.pending();
    }
}
