// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.history;

import java.time.Instant;

/**
 * One row of DATABASECHANGELOG, as Liquibase defines it. {@code dateExecuted} is null for a
 * row about to be written (the database's clock fills it).
 */
public record HistoryRow(
        String id,
        String author,
        String filename,
        Instant dateExecuted,
        int orderExecuted,
        ExecType execType,
        String md5sum,
        String description,
        String comments,
        String tag,
        String liquibase,
        String contexts,
        String labels,
        String deploymentId) {

    /** EXECTYPE values; FAILED and SKIPPED are never written, as in Liquibase. */
    public enum ExecType {
        EXECUTED, FAILED, SKIPPED, RERAN, MARK_RAN;

        /** Whether a row of this type means the changeset counts as ran. */
        public boolean ran() {
            return this == EXECUTED || this == RERAN || this == MARK_RAN;
        }
    }

    /** {@code filename::id::author}, the identity Liquibase compares case-insensitively. */
    public String identifier() {
        return filename + "::" + id + "::" + author;
    }
}
