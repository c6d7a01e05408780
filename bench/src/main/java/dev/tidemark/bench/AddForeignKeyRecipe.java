// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.bench;

import dev.tidemark.model.SourceLocation;
import dev.tidemark.model.change.AddForeignKeyConstraint;
import dev.tidemark.model.change.Change;
import java.util.Random;

/**
 * {@code addForeignKeyConstraint} from a reference column created with its table to the primary key
 * of the table it points at. Inserted rows only hold keys that exist, so the constraint would hold
 * on a real database.
 */
final class AddForeignKeyRecipe implements ChangeRecipe {

    @Override
    public String name() {
        return "addForeignKeyConstraint";
    }

    @Override
    public boolean applies(SchemaState schema) {
        return schema.hasPendingReference();
    }

    @Override
    public Change make(SchemaState schema, Random random, SourceLocation at) {
        SchemaState.Reference reference = schema.takeReference(random)
                .orElseThrow(() -> new IllegalStateException("no reference column waits for a foreign key"));
        TableState target = schema.table(reference.column().referencedTable());
        String onDelete = random.nextInt(5) == 0 ? "CASCADE" : null;
        return new AddForeignKeyConstraint(at, null, null, reference.table().name(), reference.column().name(),
                schema.nextForeignKeyName(), null, null, target.name(), target.primaryKey().name(), null, null, null,
                onDelete, null, null, null);
    }
}
