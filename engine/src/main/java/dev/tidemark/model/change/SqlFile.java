// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.model.change;

import dev.tidemark.model.SourceLocation;
import dev.tidemark.model.meta.Required;
import java.util.Objects;

/** `sqlFile`: Runs the SQL in a file. */
public record SqlFile(
        SourceLocation location,
        @Required String path,
        Boolean relativeToChangelogFile,
        String encoding,
        String dbms,
        Boolean splitStatements,
        Boolean stripComments,
        String endDelimiter) implements Change {
    public SqlFile {
        Objects.requireNonNull(location, "location");
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visitSqlFile(this);
    }
}
