// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.model.precondition;

/** One method per precondition type. */
public interface PreconditionVisitor<R> {
    R visitDbmsPrecondition(DbmsPrecondition precondition);

    R visitRunningAs(RunningAs precondition);

    R visitChangeSetExecuted(ChangeSetExecuted precondition);

    R visitTableExists(TableExists precondition);

    R visitColumnExists(ColumnExists precondition);

    R visitViewExists(ViewExists precondition);

    R visitForeignKeyConstraintExists(ForeignKeyConstraintExists precondition);

    R visitIndexExists(IndexExists precondition);

    R visitSequenceExists(SequenceExists precondition);

    R visitPrimaryKeyExists(PrimaryKeyExists precondition);

    R visitUniqueConstraintExists(UniqueConstraintExists precondition);

    R visitSqlCheck(SqlCheck precondition);

    R visitChangeLogPropertyDefined(ChangeLogPropertyDefined precondition);

    R visitTableIsEmpty(TableIsEmpty precondition);

    R visitRowCount(RowCount precondition);

    R visitExpectedQuotingStrategy(ExpectedQuotingStrategy precondition);

    R visitCustomPrecondition(CustomPrecondition precondition);

    R visitAnd(And precondition);

    R visitOr(Or precondition);

    R visitNot(Not precondition);
}
