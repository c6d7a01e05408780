// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.formats;

import dev.tidemark.error.Diagnostic;
import dev.tidemark.error.ErrorCode;
import dev.tidemark.model.ChangeLogFile;
import dev.tidemark.model.ChangeSet;
import dev.tidemark.model.DbmsList;
import dev.tidemark.model.SourceLocation;
import dev.tidemark.model.change.Change;
import dev.tidemark.model.change.CreateProcedure;
import dev.tidemark.model.change.CreateView;
import dev.tidemark.model.change.LoadData;
import dev.tidemark.model.change.LoadUpdateData;
import dev.tidemark.model.change.SqlFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Checks that need the whole resolved changelog: duplicates, option values, files the changes refer to. */
final class ChangeLogChecks {
    private static final Set<String> RUN_ORDERS = Set.of("first", "last");
    private static final Set<String> QUOTING = Set.of("LEGACY", "QUOTE_ALL_OBJECTS", "QUOTE_ONLY_RESERVED_WORDS");
    private static final Set<String> ON_VALIDATION_FAIL = Set.of("HALT", "MARK_RAN");

    private final ResourceLocator locator;
    private final Map<String, Path> physicalPaths;
    private final List<Diagnostic> diagnostics;

    ChangeLogChecks(ResourceLocator locator, Map<String, Path> physicalPaths, List<Diagnostic> diagnostics) {
        this.locator = locator;
        this.physicalPaths = physicalPaths;
        this.diagnostics = diagnostics;
    }

    void check(List<ChangeSet> changeSets, Iterable<ChangeLogFile> files) {
        duplicates(changeSets);
        for (ChangeLogFile file : files) {
            oneOf(file.objectQuotingStrategy(), QUOTING, SourceLocation.ofFile(file.path()), "objectQuotingStrategy", null);
        }
        for (ChangeSet cs : changeSets) {
            if (cs.id() != null && cs.id().isBlank()) {
                add(Diagnostic.error(ErrorCode.INVALID_VALUE, cs.location(), "a changeset id must not be empty"), cs);
            }
            oneOf(cs.runOrder(), RUN_ORDERS, cs.location(), "runOrder", cs);
            oneOf(cs.objectQuotingStrategy(), QUOTING, cs.location(), "objectQuotingStrategy", cs);
            oneOf(cs.onValidationFail(), ON_VALIDATION_FAIL, cs.location(), "onValidationFail", cs);
            for (Change change : cs.changes()) {
                referencedFile(change, cs);
            }
            rollbackReference(cs, changeSets);
        }
    }

    /** A rollback that reuses another changeset's changes must name one that exists (Liquibase fails to parse otherwise). */
    private void rollbackReference(ChangeSet cs, List<ChangeSet> all) {
        if (cs.rollback() == null || !cs.rollback().isReference() || cs.rollback().changeSetAuthor() == null) {
            return;
        }
        String path = cs.rollback().changeSetPath() == null ? cs.filePath() : cs.rollback().changeSetPath();
        for (ChangeSet other : all) {
            if (java.util.Objects.equals(other.id(), cs.rollback().changeSetId())
                    && java.util.Objects.equals(other.author(), cs.rollback().changeSetAuthor())
                    && other.filePath().equals(path)) {
                return;
            }
        }
        add(Diagnostic.error(ErrorCode.INVALID_STRUCTURE, cs.rollback().location(), "the rollback refers to changeset "
                + path + "::" + cs.rollback().changeSetId() + "::" + cs.rollback().changeSetAuthor() + ", which does not exist"), cs);
    }

    private void duplicates(List<ChangeSet> changeSets) {
        Map<String, List<ChangeSet>> byIdentity = new HashMap<>();
        for (ChangeSet cs : changeSets) {
            if (cs.ignoreOrDefault() || cs.id() == null || cs.author() == null) {
                continue;
            }
            String key = cs.id() + "::" + cs.author() + "::" + cs.filePath();
            List<ChangeSet> same = byIdentity.computeIfAbsent(key, k -> new ArrayList<>());
            for (ChangeSet earlier : same) {
                if (DbmsList.parse(earlier.dbms()).overlaps(DbmsList.parse(cs.dbms()))) {
                    add(Diagnostic.error(ErrorCode.DUPLICATE_CHANGESET, cs.location(), "duplicate changeset "
                            + cs.identifier() + ": already defined at " + earlier.location()), cs);
                    break;
                }
            }
            same.add(cs);
        }
    }

    private void oneOf(String value, Set<String> allowed, SourceLocation where, String name, ChangeSet cs) {
        if (value == null || value.contains("${")) {
            return;
        }
        boolean upper = allowed.iterator().next().equals(allowed.iterator().next().toUpperCase(Locale.ROOT));
        String v = upper ? value.trim().toUpperCase(Locale.ROOT) : value.trim().toLowerCase(Locale.ROOT);
        if (!allowed.contains(v)) {
            add(Diagnostic.error(ErrorCode.INVALID_VALUE, where, name + " must be one of "
                    + String.join(", ", allowed.stream().sorted().toList()) + ", found '" + value + "'"), cs);
        }
    }

    private void referencedFile(Change change, ChangeSet cs) {
        String path = null;
        Boolean relative = null;
        if (change instanceof SqlFile) {
            path = ((SqlFile) change).path();
            relative = ((SqlFile) change).relativeToChangelogFile();
        } else if (change instanceof LoadData) {
            path = ((LoadData) change).file();
            relative = ((LoadData) change).relativeToChangelogFile();
        } else if (change instanceof LoadUpdateData) {
            path = ((LoadUpdateData) change).file();
            relative = ((LoadUpdateData) change).relativeToChangelogFile();
        } else if (change instanceof CreateView) {
            path = ((CreateView) change).path();
            relative = ((CreateView) change).relativeToChangelogFile();
        } else if (change instanceof CreateProcedure) {
            path = ((CreateProcedure) change).path();
            relative = ((CreateProcedure) change).relativeToChangelogFile();
        }
        if (path == null || path.contains("${")) {
            return;
        }
        Path from = physicalPaths.get(change.location().file());
        boolean rel = Boolean.TRUE.equals(relative);
        if ((rel && from == null) || locator.find(path, from, rel).isEmpty()) {
            add(Diagnostic.error(ErrorCode.FILE_NOT_FOUND, change.location(), change.changeType().name()
                    + " refers to '" + path + "', which does not exist" + (rel ? " next to " + change.location().file() : "")), cs);
        }
    }

    private void add(Diagnostic d, ChangeSet cs) {
        diagnostics.add(cs == null || cs.id() == null ? d : d.inChangeSet(cs.id(), cs.author()));
    }
}
