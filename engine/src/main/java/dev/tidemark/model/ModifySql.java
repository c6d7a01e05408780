// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.model;

import dev.tidemark.model.meta.Aliases;
import dev.tidemark.model.modifysql.SqlModifier;
import java.util.List;
import java.util.Objects;

/** A {@code modifySql} block: edits applied to the SQL a changeset generates. */
public record ModifySql(
        SourceLocation location,
        String dbms,
        @Aliases("context") String contextFilter,
        String labels,
        Boolean applyToRollback,
        List<SqlModifier> modifiers) {

    public ModifySql {
        Objects.requireNonNull(location, "location");
        modifiers = modifiers == null ? List.of() : List.copyOf(modifiers);
    }
}
