// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.model.precondition;

import dev.tidemark.model.SourceLocation;

/** One precondition as written in a {@code preConditions} block; {@link PreconditionType} lists them. */
public sealed interface Precondition permits
        DbmsPrecondition,
        RunningAs,
        ChangeSetExecuted,
        TableExists,
        ColumnExists,
        ViewExists,
        ForeignKeyConstraintExists,
        IndexExists,
        SequenceExists,
        PrimaryKeyExists,
        UniqueConstraintExists,
        SqlCheck,
        ChangeLogPropertyDefined,
        TableIsEmpty,
        RowCount,
        ExpectedQuotingStrategy,
        CustomPrecondition,
        And,
        Or,
        Not {

    /** Where the precondition was written. */
    SourceLocation location();

    /** Calls the visitor method for this precondition type. */
    <R> R accept(PreconditionVisitor<R> visitor);

    /** The precondition type, named as in changelogs. */
    default PreconditionType preconditionType() {
        return PreconditionType.of(getClass());
    }
}
