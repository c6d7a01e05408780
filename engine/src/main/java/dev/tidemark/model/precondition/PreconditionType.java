// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.model.precondition;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A precondition type: its changelog name and its record class. */
public record PreconditionType(String name, Class<? extends Precondition> recordClass) {

    /** Every precondition type; and, or and not are the composite ones. */
    public static final List<PreconditionType> ALL = List.of(
        new PreconditionType("dbms", DbmsPrecondition.class),
        new PreconditionType("runningAs", RunningAs.class),
        new PreconditionType("changeSetExecuted", ChangeSetExecuted.class),
        new PreconditionType("tableExists", TableExists.class),
        new PreconditionType("columnExists", ColumnExists.class),
        new PreconditionType("viewExists", ViewExists.class),
        new PreconditionType("foreignKeyConstraintExists", ForeignKeyConstraintExists.class),
        new PreconditionType("indexExists", IndexExists.class),
        new PreconditionType("sequenceExists", SequenceExists.class),
        new PreconditionType("primaryKeyExists", PrimaryKeyExists.class),
        new PreconditionType("uniqueConstraintExists", UniqueConstraintExists.class),
        new PreconditionType("sqlCheck", SqlCheck.class),
        new PreconditionType("changeLogPropertyDefined", ChangeLogPropertyDefined.class),
        new PreconditionType("tableIsEmpty", TableIsEmpty.class),
        new PreconditionType("rowCount", RowCount.class),
        new PreconditionType("expectedQuotingStrategy", ExpectedQuotingStrategy.class),
        new PreconditionType("customPrecondition", CustomPrecondition.class),
        new PreconditionType("and", And.class),
        new PreconditionType("or", Or.class),
        new PreconditionType("not", Not.class));

    private static final Map<String, PreconditionType> BY_NAME =
            ALL.stream().collect(Collectors.toUnmodifiableMap(PreconditionType::name, Function.identity()));
    private static final Map<Class<?>, PreconditionType> BY_CLASS =
            ALL.stream().collect(Collectors.toUnmodifiableMap(PreconditionType::recordClass, Function.identity()));

    public PreconditionType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(recordClass, "recordClass");
    }

    /** The precondition type named as in a changelog. */
    public static Optional<PreconditionType> named(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /** The precondition type of a record class. */
    public static PreconditionType of(Class<?> recordClass) {
        PreconditionType type = BY_CLASS.get(recordClass);
        if (type == null) {
            throw new IllegalArgumentException("not a precondition record: " + recordClass.getName());
        }
        return type;
    }

    /** Whether this type nests other preconditions (and, or, not). */
    public boolean composite() {
        return Composite.class.isAssignableFrom(recordClass);
    }
}
