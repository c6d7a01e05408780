// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.bench;

import dev.tidemark.model.ColumnConfig;
import dev.tidemark.model.SourceLocation;
import dev.tidemark.model.change.AddColumn;
import dev.tidemark.model.change.Change;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** {@code addColumn} of one or two nullable columns (the table may hold rows) to an earlier table. */
final class AddColumnRecipe implements ChangeRecipe {

    @Override
    public String name() {
        return "addColumn";
    }

    @Override
    public boolean applies(SchemaState schema) {
        return schema.tableCount() > 0;
    }

    @Override
    public Change make(SchemaState schema, Random random, SourceLocation at) {
        TableState table = schema.anyTable(random);
        int count = random.nextInt(5) == 0 ? 2 : 1;
        List<ColumnConfig> configs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            SqlType type = SqlType.random(random);
            ColumnShape shape = new ColumnShape(table.freshColumnName(type.kind().columnWord(random)), type, false,
                    true, null);
            table.addColumn(shape);
            configs.add(ModelRecords.create(ColumnConfig.class, at, "name", shape.name(), "type", type.text()));
        }
        return new AddColumn(at, null, null, table.name(), configs);
    }
}
