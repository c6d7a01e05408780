// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.bench;

import java.util.List;
import java.util.Objects;
import java.util.Random;

/**
 * Which changes a generated changelog holds, as weights. Each changeset draws a recipe by weight
 * among the recipes that apply to the schema so far (the first changesets can only create tables).
 */
record Mix(List<Entry> entries) {

    /** A recipe and its weight (percent in the standard mix). */
    record Entry(ChangeRecipe recipe, int weight) {
        Entry {
            Objects.requireNonNull(recipe, "recipe");
            if (weight <= 0) {
                throw new IllegalArgumentException("weight of " + recipe.name() + " must be positive: " + weight);
            }
        }
    }

    Mix {
        entries = List.copyOf(entries);
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("a mix needs at least one recipe");
        }
    }

    /**
     * The provisional default (a later benchmark issue fixes it): 40% createTable, 20% addColumn,
     * 15% createIndex, 10% addForeignKeyConstraint, 15% insert.
     */
    static Mix standard() {
        return new Mix(List.of(
                new Entry(new CreateTableRecipe(), 40),
                new Entry(new AddColumnRecipe(), 20),
                new Entry(new CreateIndexRecipe(), 15),
                new Entry(new AddForeignKeyRecipe(), 10),
                new Entry(new InsertRecipe(), 15)));
    }

    /** A recipe drawn by weight among those that apply to {@code schema}. */
    ChangeRecipe pick(Random random, SchemaState schema) {
        int total = 0;
        for (Entry e : entries) {
            if (e.recipe().applies(schema)) {
                total += e.weight();
            }
        }
        if (total == 0) {
            throw new IllegalStateException("no recipe of the mix applies to the schema so far");
        }
        int draw = random.nextInt(total);
        for (Entry e : entries) {
            if (e.recipe().applies(schema)) {
                draw -= e.weight();
                if (draw < 0) {
                    return e.recipe();
                }
            }
        }
        throw new AssertionError("weights changed during a draw");
    }
}
