// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.model;

import dev.tidemark.model.meta.Body;
import dev.tidemark.model.meta.Required;
import java.util.Objects;

/** One {@code param} of customChange or customPrecondition. */
public record CustomParam(SourceLocation location, @Required String name, @Body(alsoAttribute = true) String value) {
    public CustomParam {
        Objects.requireNonNull(location, "location");
    }
}
