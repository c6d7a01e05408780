// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.rollback;

import dev.tidemark.model.change.Change;
import dev.tidemark.model.change.LoadUpdateData;
import java.util.List;

/**
 * What undoes one change when its changeset has no rollback block, following Liquibase 4.33's
 * {@code createInverses()}: changes to run instead (none at all for a no-op such as tagDatabase),
 * the DELETE of every row a loadUpdateData loaded, or nothing possible.
 *
 * @param possible        whether the change has an automatic inverse
 * @param changes         the inverse changes, in the order they run
 * @param deleteRowsOf    a loadUpdateData whose rows are deleted (null otherwise)
 */
public record Inverse(boolean possible, List<Change> changes, LoadUpdateData deleteRowsOf) {

    public Inverse {
        changes = List.copyOf(changes);
    }

    static Inverse of(Change... changes) {
        return new Inverse(true, List.of(changes), null);
    }

    static Inverse of(List<Change> changes) {
        return new Inverse(true, changes, null);
    }

    /** Undone by doing nothing (tagDatabase, output, empty). */
    static Inverse noOp() {
        return new Inverse(true, List.of(), null);
    }

    static Inverse none() {
        return new Inverse(false, List.of(), null);
    }

    static Inverse deleteRows(LoadUpdateData change) {
        return new Inverse(true, List.of(), change);
    }

    /** The automatic inverse of a change. */
    public static Inverse forChange(Change change) {
        return change.accept(new InverseChanges());
    }
}
