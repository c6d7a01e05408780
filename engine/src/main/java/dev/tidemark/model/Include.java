// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.model;

import dev.tidemark.model.meta.Aliases;
import dev.tidemark.model.meta.Required;
import java.util.Objects;

/** An {@code include} of another changelog file. */
public record Include(
        SourceLocation location,
        @Required String file,
        Boolean relativeToChangelogFile,
        Boolean errorIfMissing,
        @Aliases("context") String contextFilter,
        String labels,
        Boolean ignore,
        String logicalFilePath,
        String created,
        String id,
        String author) implements ChangeLogEntry {

    public Include {
        Objects.requireNonNull(location, "location");
    }
}
