// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.model;

import dev.tidemark.model.meta.Aliases;
import dev.tidemark.model.precondition.Precondition;
import java.util.List;
import java.util.Objects;

/** A {@code preConditions} block: its nested preconditions (AND-ed) and what to do when they fail or err. */
public record Preconditions(
        SourceLocation location,
        String onFail,
        String onError,
        @Aliases("onUpdateSQL") String onSqlOutput,
        String onFailMessage,
        String onErrorMessage,
        List<Precondition> conditions) implements ChangeLogEntry {

    public Preconditions {
        Objects.requireNonNull(location, "location");
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
    }
}
