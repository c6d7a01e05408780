// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.model;

import dev.tidemark.model.meta.Aliases;
import java.util.Objects;

/** A changelog {@code property}: a name and value, or a properties file. */
public record Property(
        SourceLocation location,
        String name,
        String value,
        String file,
        Boolean relativeToChangelogFile,
        Boolean errorIfMissing,
        @Aliases("context") String contextFilter,
        String labels,
        String dbms,
        Boolean global,
        String target) implements ChangeLogEntry {

    public Property {
        Objects.requireNonNull(location, "location");
    }

    /** Liquibase's default: properties are global. */
    public boolean globalOrDefault() {
        return !Boolean.FALSE.equals(global);
    }
}
