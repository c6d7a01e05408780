// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.bench;

import java.util.Objects;

/**
 * A column the generated changelog has created. {@code referencedTable} names the table whose
 * primary key the column's values point at (a foreign key may be added for it later), or is null.
 */
record ColumnShape(String name, SqlType type, boolean primaryKey, boolean nullable, String referencedTable) {

    ColumnShape {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }
}
