// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.model;

import dev.tidemark.model.meta.Aliases;
import dev.tidemark.model.meta.Required;
import java.util.Objects;

/** An {@code includeAll} of every changelog in a folder, alphabetically by path. */
public record IncludeAll(
        SourceLocation location,
        @Required String path,
        Boolean relativeToChangelogFile,
        Boolean errorIfMissingOrEmpty,
        @Aliases("context") String contextFilter,
        String labels,
        Boolean ignore,
        String logicalFilePath,
        String resourceComparator,
        @Aliases("resourceFilter") String filter,
        Integer minDepth,
        Integer maxDepth,
        String endsWithFilter) implements ChangeLogEntry {

    public IncludeAll {
        Objects.requireNonNull(location, "location");
    }
}
