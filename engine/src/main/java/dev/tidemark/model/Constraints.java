// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.model;

import java.util.Objects;

/** The {@code constraints} of a column. */
public record Constraints(
        SourceLocation location,
        Boolean nullable,
        String notNullConstraintName,
        Boolean primaryKey,
        String primaryKeyName,
        String primaryKeyTablespace,
        Boolean unique,
        String uniqueConstraintName,
        String references,
        String referencedTableCatalogName,
        String referencedTableSchemaName,
        String referencedTableName,
        String referencedColumnNames,
        String foreignKeyName,
        Boolean deleteCascade,
        Boolean deferrable,
        Boolean initiallyDeferred,
        String checkConstraint,
        Boolean validateNullable,
        Boolean validateUnique,
        Boolean validatePrimaryKey,
        Boolean validateForeignKey) {

    public Constraints {
        Objects.requireNonNull(location, "location");
    }
}
