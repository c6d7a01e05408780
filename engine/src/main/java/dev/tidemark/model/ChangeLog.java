// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.model;

import java.util.List;
import java.util.Objects;

/**
 * A whole changelog with its includes resolved: the changesets in run order, the changelog-level
 * preconditions, and every file read (in the order first read), for tools that rewrite files.
 */
public record ChangeLog(
        String rootPath,
        List<ChangeSet> changeSets,
        List<Preconditions> preconditions,
        List<ChangeLogFile> files) {

    public ChangeLog {
        Objects.requireNonNull(rootPath, "rootPath");
        changeSets = List.copyOf(changeSets);
        preconditions = List.copyOf(preconditions);
        files = List.copyOf(files);
    }
}
