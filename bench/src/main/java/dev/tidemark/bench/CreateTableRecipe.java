// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.bench;

import dev.tidemark.model.ColumnConfig;
import dev.tidemark.model.Constraints;
import dev.tidemark.model.SourceLocation;
import dev.tidemark.model.change.Change;
import dev.tidemark.model.change.CreateTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * {@code createTable} with 5 to 8 columns: an {@code id} primary key (int or bigint), often a
 * column referring to an earlier table's key (a later addForeignKeyConstraint constrains it), and
 * columns of varied types, some not null.
 */
final class CreateTableRecipe implements ChangeRecipe {
    private static final double REFERENCE_SHARE = 0.6;
    private static final double NOT_NULL_SHARE = 0.3;

    @Override
    public String name() {
        return "createTable";
    }

    @Override
    public boolean applies(SchemaState schema) {
        return true;
    }

    @Override
    public Change make(SchemaState schema, Random random, SourceLocation at) {
        int earlierTables = schema.tableCount();
        TableState table = schema.newTable(random);
        int columnCount = 5 + random.nextInt(4);
        List<ColumnConfig> configs = new ArrayList<>();

        SqlType keyType = SqlType.of(random.nextInt(5) == 0 ? SqlType.Kind.INT : SqlType.Kind.BIGINT);
        ColumnShape key = new ColumnShape("id", keyType, true, false, null);
        table.addColumn(key);
        configs.add(column(at, key, ModelRecords.create(Constraints.class, at,
                "primaryKey", true, "nullable", false, "primaryKeyName", "pk_" + table.number())));

        if (earlierTables > 0 && random.nextDouble() < REFERENCE_SHARE) {
            TableState target = schema.anyTable(random);
            while (target == table) {
                target = schema.anyTable(random);
            }
            ColumnShape reference = new ColumnShape(table.freshColumnName(target.name() + "_id"),
                    target.primaryKey().type(), false, true, target.name());
            table.addColumn(reference);
            schema.addReference(table, reference);
            configs.add(column(at, reference, null));
        }

        while (configs.size() < columnCount) {
            SqlType type = SqlType.random(random);
            boolean nullable = random.nextDouble() >= NOT_NULL_SHARE;
            ColumnShape shape = new ColumnShape(table.freshColumnName(type.kind().columnWord(random)), type, false,
                    nullable, null);
            table.addColumn(shape);
            configs.add(column(at, shape, nullable ? null : ModelRecords.create(Constraints.class, at,
                    "nullable", false)));
        }
        return new CreateTable(at, null, null, table.name(), null, null, null, null, null, configs);
    }

    private static ColumnConfig column(SourceLocation at, ColumnShape shape, Constraints constraints) {
        return ModelRecords.create(ColumnConfig.class, at, "name", shape.name(), "type", shape.type().text(),
                "constraints", constraints);
    }
}
