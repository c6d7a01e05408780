// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.model.change;

import dev.tidemark.model.SourceLocation;
import dev.tidemark.model.meta.Body;
import dev.tidemark.model.meta.Required;
import java.util.Objects;

/** `createView`: Creates a view from a query (the body) or a file (path). */
public record CreateView(
        SourceLocation location,
        String catalogName,
        String schemaName,
        @Required String viewName,
        @Body String selectQuery,
        Boolean replaceIfExists,
        Boolean fullDefinition,
        String path,
        String encoding,
        Boolean relativeToChangelogFile,
        String remarks) implements Change {
    public CreateView {
        Objects.requireNonNull(location, "location");
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visitCreateView(this);
    }
}
