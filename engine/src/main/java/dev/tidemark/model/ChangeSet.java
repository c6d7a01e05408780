// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.model;

import dev.tidemark.model.change.Change;
import dev.tidemark.model.meta.Aliases;
import dev.tidemark.model.meta.ChildElement;
import dev.tidemark.model.meta.Required;
import java.util.List;
import java.util.Objects;

/**
 * A changeset as written, plus {@code filePath}: the path part of its identity (the logical
 * path of its file, or its own {@code logicalFilePath}), which is what DATABASECHANGELOG.FILENAME holds.
 * Boolean attributes are null when not written; the {@code ...OrDefault} methods give Liquibase's defaults.
 * {@code inheritedContextFilters} and {@code inheritedLabels} come from the changelog and the includes above it.
 */
public record ChangeSet(
        SourceLocation location,
        String filePath,
        @Required String id,
        @Required String author,
        @Aliases("context") String contextFilter,
        String labels,
        String dbms,
        Boolean runOnChange,
        @Aliases("alwaysRun") Boolean runAlways,
        Boolean failOnError,
        String onValidationFail,
        Boolean runInTransaction,
        String logicalFilePath,
        String objectQuotingStrategy,
        String created,
        String runOrder,
        Boolean ignore,
        String runWith,
        String runWithSpoolFile,
        @ChildElement String comment,
        List<String> validCheckSums,
        Preconditions preconditions,
        List<Change> changes,
        Rollback rollback,
        List<ModifySql> modifySql,
        List<String> inheritedContextFilters,
        List<String> inheritedLabels) implements ChangeLogEntry {

    public ChangeSet {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(filePath, "filePath");
        validCheckSums = validCheckSums == null ? List.of() : List.copyOf(validCheckSums);
        changes = changes == null ? List.of() : List.copyOf(changes);
        modifySql = modifySql == null ? List.of() : List.copyOf(modifySql);
        inheritedContextFilters = inheritedContextFilters == null ? List.of() : List.copyOf(inheritedContextFilters);
        inheritedLabels = inheritedLabels == null ? List.of() : List.copyOf(inheritedLabels);
    }

    /** {@code path::id::author}, as Liquibase prints a changeset. */
    public String identifier() {
        return filePath + "::" + id + "::" + author;
    }

    public boolean runOnChangeOrDefault() {
        return Boolean.TRUE.equals(runOnChange);
    }

    public boolean runAlwaysOrDefault() {
        return Boolean.TRUE.equals(runAlways);
    }

    public boolean failOnErrorOrDefault() {
        return !Boolean.FALSE.equals(failOnError);
    }

    public boolean runInTransactionOrDefault() {
        return !Boolean.FALSE.equals(runInTransaction);
    }

    public boolean ignoreOrDefault() {
        return Boolean.TRUE.equals(ignore);
    }

    /** This changeset under another identity path (logicalFilePath of an include). */
    public ChangeSet withFilePath(String newFilePath) {
        return new ChangeSet(location, newFilePath, id, author, contextFilter, labels, dbms, runOnChange, runAlways,
                failOnError, onValidationFail, runInTransaction, logicalFilePath, objectQuotingStrategy, created,
                runOrder, ignore, runWith, runWithSpoolFile, comment, validCheckSums, preconditions, changes, rollback,
                modifySql, inheritedContextFilters, inheritedLabels);
    }

    /** This changeset with filters inherited from the includes and changelogs above it. */
    public ChangeSet withInherited(List<String> contextFilters, List<String> labelLists) {
        return new ChangeSet(location, filePath, id, author, contextFilter, labels, dbms, runOnChange, runAlways,
                failOnError, onValidationFail, runInTransaction, logicalFilePath, objectQuotingStrategy, created,
                runOrder, ignore, runWith, runWithSpoolFile, comment, validCheckSums, preconditions, changes, rollback,
                modifySql, contextFilters, labelLists);
    }
}
