// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.bench;

import dev.tidemark.model.ColumnConfig;
import dev.tidemark.model.SourceLocation;
import dev.tidemark.model.change.Change;
import dev.tidemark.model.change.CreateIndex;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * {@code createIndex} on one to three indexable columns of an earlier table. Never unique: the rows
 * inserted so far need not be distinct.
 */
final class CreateIndexRecipe implements ChangeRecipe {
    private static final int TABLE_TRIES = 32;

    @Override
    public String name() {
        return "createIndex";
    }

    @Override
    public boolean applies(SchemaState schema) {
        return schema.tableCount() > 0;
    }

    @Override
    public Change make(SchemaState schema, Random random, SourceLocation at) {
        TableState table = schema.anyTable(random);
        List<ColumnShape> candidates = indexable(table);
        for (int i = 1; i < TABLE_TRIES && candidates.isEmpty(); i++) {
            table = schema.anyTable(random);
            candidates = indexable(table);
        }
        if (candidates.isEmpty()) {
            // Every column text or boolean in all tries: an extra index on the key is still valid.
            candidates = List.of(table.primaryKey());
        }
        Collections.shuffle(candidates, random);
        int count = Math.min(candidates.size(), 1 + random.nextInt(3));
        List<ColumnConfig> configs = new ArrayList<>();
        for (ColumnShape c : candidates.subList(0, count)) {
            configs.add(ModelRecords.create(ColumnConfig.class, at, "name", c.name()));
        }
        return new CreateIndex(at, null, null, table.name(), table.nextIndexName(), null, null, null, null, null,
                configs);
    }

    private static List<ColumnShape> indexable(TableState table) {
        List<ColumnShape> out = new ArrayList<>();
        for (ColumnShape c : table.columns()) {
            if (!c.primaryKey() && c.type().indexable()) {
                out.add(c);
            }
        }
        return out;
    }
}
