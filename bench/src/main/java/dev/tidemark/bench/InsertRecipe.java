// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.bench;

import dev.tidemark.model.ColumnConfig;
import dev.tidemark.model.SourceLocation;
import dev.tidemark.model.change.Change;
import dev.tidemark.model.change.Insert;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * {@code insert} of one row into an earlier table: the next key, a value for every not-null column,
 * most nullable ones, and for a reference column the key of an existing row of its table.
 */
final class InsertRecipe implements ChangeRecipe {
    private static final double NULLABLE_FILLED = 0.7;

    @Override
    public String name() {
        return "insert";
    }

    @Override
    public boolean applies(SchemaState schema) {
        return schema.tableCount() > 0;
    }

    @Override
    public Change make(SchemaState schema, Random random, SourceLocation at) {
        TableState table = schema.anyTable(random);
        int key = table.nextRow();
        List<ColumnConfig> configs = new ArrayList<>();
        for (ColumnShape c : table.columns()) {
            if (c.primaryKey()) {
                configs.add(ModelRecords.create(ColumnConfig.class, at, "name", c.name(), "valueNumeric",
                        Integer.toString(key)));
            } else if (c.referencedTable() != null) {
                int targetRows = schema.table(c.referencedTable()).rows();
                if (targetRows > 0) {
                    configs.add(ModelRecords.create(ColumnConfig.class, at, "name", c.name(), "valueNumeric",
                            Integer.toString(1 + random.nextInt(targetRows))));
                }
            } else if (!c.nullable() || random.nextDouble() < NULLABLE_FILLED) {
                configs.add(SampleValues.column(at, c, random));
            }
        }
        return new Insert(at, null, null, table.name(), null, configs);
    }
}
