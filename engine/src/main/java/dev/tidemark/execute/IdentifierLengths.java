// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.execute;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.error.Diagnostic;
import dev.tidemark.error.ErrorCode;
import dev.tidemark.model.ChangeSet;
import dev.tidemark.model.ColumnConfig;
import dev.tidemark.model.change.Change;
import dev.tidemark.model.meta.Attribute;
import dev.tidemark.model.meta.RecordShape;
import java.util.List;

/**
 * Finds names longer than the database allows (PostgreSQL 63 bytes, MySQL/MariaDB 64, Oracle 128
 * or 30 before 12.2) at validate time: every attribute whose name ends in "Name", and column names.
 */
public final class IdentifierLengths {
    private IdentifierLengths() {
    }

    public static void check(ChangeSet cs, Dialect dialect, List<Diagnostic> out) {
        for (Change change : cs.changes()) {
            RecordShape shape = RecordShape.of(change.getClass());
            for (Attribute a : shape.attributes()) {
                Object v = a.read(change);
                if (v instanceof String && endsWithName(a.name()) && !a.name().equals("columnNames")) {
                    report(change, (String) v, dialect, cs, out);
                } else if (v instanceof List) {
                    for (Object item : (List<?>) v) {
                        if (item instanceof ColumnConfig && ((ColumnConfig) item).name() != null) {
                            report(change, ((ColumnConfig) item).name(), dialect, cs, out);
                        }
                    }
                }
            }
        }
    }

    /** Whether an attribute name ends in "name" in any case (attribute names are ASCII): without a lower-case copy of each. */
    private static boolean endsWithName(String attribute) {
        return attribute.regionMatches(true, attribute.length() - 4, "name", 0, 4);
    }

    private static void report(Change change, String name, Dialect dialect, ChangeSet cs, List<Diagnostic> out) {
        if (name.contains("${")) {
            return;
        }
        dialect.identifiers().lengthProblem(name).ifPresent(problem -> out.add(Diagnostic.error(ErrorCode.INVALID_VALUE,
                change.location(), change.changeType().name() + ": " + problem + " on " + dialect.displayName())
                .inChangeSet(cs.id(), cs.author())));
    }
}
