// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.bench;

import dev.tidemark.model.SourceLocation;
import dev.tidemark.model.change.Change;
import java.util.Random;

/**
 * One kind of generated change. A recipe reads the schema built so far, so its change only refers
 * to tables and columns that exist, and records what its change adds. A new case for the generator
 * is a new recipe and an entry in a {@link Mix}.
 */
interface ChangeRecipe {

    /** The change type made, named as in changelogs ({@code createTable}). */
    String name();

    /** Whether the schema so far allows this change (an index needs a table). */
    boolean applies(SchemaState schema);

    /** A change that fits {@code schema}, which is updated to include it. */
    Change make(SchemaState schema, Random random, SourceLocation at);
}
