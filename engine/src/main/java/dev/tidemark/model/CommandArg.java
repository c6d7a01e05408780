// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.model;

import dev.tidemark.model.meta.Required;
import java.util.Objects;

/** One {@code arg} of executeCommand. */
public record CommandArg(SourceLocation location, @Required String value) {
    public CommandArg {
        Objects.requireNonNull(location, "location");
    }
}
