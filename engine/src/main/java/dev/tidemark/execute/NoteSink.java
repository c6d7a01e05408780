// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.execute;

import dev.tidemark.history.HistoryRow;
import dev.tidemark.model.ChangeSet;
import dev.tidemark.sql.SqlStatement;
import java.util.List;

/** A target that keeps nothing: for rendering changesets only to find what a database cannot run. */
public enum NoteSink implements Target {
    INSTANCE;

    @Override
    public void open(RunInfo run) {
    }

    @Override
    public void apply(ChangeSet changeSet, List<SqlStatement> statements, HistoryRow row, boolean rerun) {
    }

    @Override
    public void note(String text) {
    }

    @Override
    public void close() {
    }
}
