// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.model;

import dev.tidemark.model.change.Change;
import java.util.List;
import java.util.Objects;

/**
 * A {@code rollback} block: changes (raw SQL text becomes a {@code sql} change), or a reference to
 * another changeset whose changes undo this one. No changes and no reference: an empty, no-op rollback.
 */
public record Rollback(
        SourceLocation location,
        List<Change> changes,
        String changeSetId,
        String changeSetAuthor,
        String changeSetPath) {

    public Rollback {
        Objects.requireNonNull(location, "location");
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    /** Whether the block points at another changeset. */
    public boolean isReference() {
        return changeSetId != null;
    }
}
