// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.model.change;

import dev.tidemark.model.SourceLocation;
import dev.tidemark.model.meta.Body;
import dev.tidemark.model.meta.ChildElement;
import dev.tidemark.model.meta.Required;
import java.util.Objects;

/** `sql`: Runs SQL text. */
public record Sql(
        SourceLocation location,
        @Required @Body String sql,
        String dbms,
        Boolean splitStatements,
        Boolean stripComments,
        String endDelimiter,
        @ChildElement String comment) implements Change {
    public Sql {
        Objects.requireNonNull(location, "location");
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visitSql(this);
    }
}
