// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.model.change;

import dev.tidemark.model.SourceLocation;
import dev.tidemark.model.meta.Body;
import dev.tidemark.model.meta.ChildElement;
import java.util.Objects;

/** `createProcedure`: Creates a stored procedure from its text (the body) or a file (path). */
public record CreateProcedure(
        SourceLocation location,
        String catalogName,
        String schemaName,
        String procedureName,
        @Body String procedureText,
        String path,
        String encoding,
        Boolean relativeToChangelogFile,
        String dbms,
        Boolean replaceIfExists,
        @ChildElement String comment) implements Change {
    public CreateProcedure {
        Objects.requireNonNull(location, "location");
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visitCreateProcedure(this);
    }
}
