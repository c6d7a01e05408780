// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.rollback;

import dev.tidemark.error.Diagnostic;
import dev.tidemark.error.ErrorCode;
import dev.tidemark.model.ChangeLog;
import dev.tidemark.model.ChangeSet;
import dev.tidemark.model.DbmsList;
import dev.tidemark.model.Rollback;
import dev.tidemark.model.change.Change;
import dev.tidemark.model.meta.Attribute;
import dev.tidemark.model.meta.RecordShape;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How one changeset is undone, as Liquibase's {@code ChangeSet.rollback} decides: its rollback
 * block when it has one (the block's changes, less those whose {@code dbms} does not match; the
 * changes of the changeset it refers to; nothing for an empty block), else the automatic inverse of
 * each change, last change first. A changeset that cannot be undone gives a diagnostic naming the
 * changeset and the change without an inverse.
 *
 * @param changeSet the changeset
 * @param units     what runs, in order: each an explicit change or an automatic inverse
 * @param problem   why it cannot be rolled back (null when it can)
 */
public record RollbackDefinition(ChangeSet changeSet, List<Unit> units, Diagnostic problem) {

    /** One piece of a rollback: a change to render as it is, or an automatic inverse. */
    public record Unit(Change change, Inverse inverse) {
    }

    public RollbackDefinition {
        units = List.copyOf(units);
    }

    public boolean possible() {
        return problem == null;
    }

    /** The rollback of {@code cs} on database {@code dbms}; a reference is looked up in {@code changeLog}. */
    public static RollbackDefinition of(ChangeSet cs, ChangeLog changeLog, String dbms) {
        Rollback block = cs.rollback();
        if (block != null) {
            List<Change> changes = new ArrayList<>(block.changes());
            if (block.isReference()) {
                Optional<ChangeSet> target = find(changeLog, block.changeSetPath() != null ? block.changeSetPath() : cs.filePath(),
                        block.changeSetId(), block.changeSetAuthor());
                if (target.isEmpty()) {
                    return new RollbackDefinition(cs, List.of(), Diagnostic.error(ErrorCode.NO_ROLLBACK, block.location(),
                            "the rollback of changeset " + cs.identifier() + " refers to changeset "
                                    + (block.changeSetPath() != null ? block.changeSetPath() : cs.filePath()) + "::"
                                    + block.changeSetId() + "::" + block.changeSetAuthor() + ", which the changelog does not have")
                            .inChangeSet(cs.id(), cs.author()));
                }
                changes = new ArrayList<>(target.get().changes());
            }
            List<Unit> units = new ArrayList<>();
            for (Change c : changes) {
                if (appliesTo(c, dbms)) {
                    units.add(new Unit(c, null));
                }
            }
            return new RollbackDefinition(cs, units, null);
        }
        List<Unit> units = new ArrayList<>();
        for (int i = cs.changes().size() - 1; i >= 0; i--) {
            Change c = cs.changes().get(i);
            Inverse inverse = Inverse.forChange(c);
            if (!inverse.possible()) {
                return new RollbackDefinition(cs, List.of(), Diagnostic.error(ErrorCode.NO_ROLLBACK, cs.location(),
                        "changeset " + cs.identifier() + " cannot be rolled back: " + c.changeType().name() + " (at "
                                + c.location() + ") has no automatic inverse and the changeset has no rollback block;"
                                + " add one (an empty one if nothing needs undoing)")
                        .inChangeSet(cs.id(), cs.author()));
            }
            units.add(new Unit(c, inverse));
        }
        return new RollbackDefinition(cs, units, null);
    }

    /** A changeset by identity, compared case-insensitively as Liquibase compares identities. */
    private static Optional<ChangeSet> find(ChangeLog changeLog, String path, String id, String author) {
        String key = (path + "::" + id + "::" + author).toLowerCase(Locale.ROOT);
        return changeLog.changeSets().stream().filter(c -> c.identifier().toLowerCase(Locale.ROOT).equals(key)).findFirst();
    }

    /** A change with a dbms attribute (sql, sqlFile, createProcedure, insert) counts only where it matches. */
    private static boolean appliesTo(Change change, String dbms) {
        Attribute attribute = RecordShape.of(change.getClass()).attribute("dbms").orElse(null);
        return attribute == null || DbmsList.parse((String) attribute.read(change)).matches(dbms);
    }
}
