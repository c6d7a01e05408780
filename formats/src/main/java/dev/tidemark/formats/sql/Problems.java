// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.formats.sql;

import dev.tidemark.error.Diagnostic;
import dev.tidemark.error.ErrorCode;
import dev.tidemark.model.SourceLocation;
import java.util.List;

/**
 * Adds the diagnostics of one .sql file to the caller's list, each placed at a line and column and,
 * inside a changeset, attributed to it ({@code id::author}).
 */
final class Problems {
    private final String path;
    private final List<Diagnostic> out;
    private final String changeSetId;
    private final String changeSetAuthor;

    Problems(String path, List<Diagnostic> out) {
        this(path, out, null, null);
    }

    private Problems(String path, List<Diagnostic> out, String changeSetId, String changeSetAuthor) {
        this.path = path;
        this.out = out;
        this.changeSetId = changeSetId;
        this.changeSetAuthor = changeSetAuthor;
    }

    /** The same sink, attributing what it reports to a changeset. */
    Problems inChangeSet(String id, String author) {
        return new Problems(path, out, id, author);
    }

    SourceLocation at(SqlLine line, int index) {
        return new SourceLocation(path, line.number(), line.column(index));
    }

    SourceLocation file() {
        return SourceLocation.ofFile(path);
    }

    void error(ErrorCode code, SqlLine line, int index, String message) {
        add(Diagnostic.error(code, at(line, index), message));
    }

    void warning(ErrorCode code, SqlLine line, int index, String message) {
        add(Diagnostic.warning(code, at(line, index), message));
    }

    void add(Diagnostic d) {
        out.add(changeSetId == null ? d : d.inChangeSet(changeSetId, changeSetAuthor));
    }
}
