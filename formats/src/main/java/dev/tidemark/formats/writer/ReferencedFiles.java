// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.formats.writer;

import dev.tidemark.model.ChangeLogEntry;
import dev.tidemark.model.ChangeLogFile;
import dev.tidemark.model.ChangeSet;
import dev.tidemark.model.Property;
import dev.tidemark.model.SourceLocation;
import dev.tidemark.model.change.Change;
import dev.tidemark.model.meta.Attribute;
import dev.tidemark.model.meta.RecordShape;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The non-changelog files a changelog file points at (loadData CSVs, sqlFile scripts, view and
 * procedure files, blob and clob values, property files), found through the records' components:
 * a {@code file} or {@code path} next to {@code relativeToChangelogFile}, and the value file columns.
 */
final class ReferencedFiles {
    private static final Set<String> PATH_COMPONENTS = Set.of("file", "path");
    /** Liquibase looks these up next to the changelog first, then on the search path. */
    private static final Set<String> VALUE_FILE_COMPONENTS = Set.of("valueBlobFile", "valueClobFile");

    /** One reference: where it is written and the logical paths to try, in order. */
    record Reference(SourceLocation location, List<String> candidates) {
        Reference {
            Objects.requireNonNull(location, "location");
            candidates = List.copyOf(candidates);
        }
    }

    List<Reference> of(ChangeLogFile file) {
        List<Reference> out = new ArrayList<>();
        Path folder = parent(file.path());
        for (ChangeLogEntry entry : file.entries()) {
            if (entry instanceof ChangeSet) {
                ChangeSet cs = (ChangeSet) entry;
                List<Change> changes = new ArrayList<>(cs.changes());
                if (cs.rollback() != null) {
                    changes.addAll(cs.rollback().changes());
                }
                for (Change change : changes) {
                    walk(change, change.location(), folder, out);
                }
            } else if (entry instanceof Property) {
                walk(entry, entry.location(), folder, out);
            }
        }
        return out;
    }

    private void walk(Object record, SourceLocation location, Path folder, List<Reference> out) {
        RecordShape shape = RecordShape.of(record.getClass());
        boolean relative = Boolean.TRUE.equals(shape.attribute("relativeToChangelogFile")
                .map(a -> a.read(record)).orElse(null));
        for (Attribute a : shape.attributes()) {
            Object value = a.read(record);
            if (value == null) {
                continue;
            }
            if (a.kind() == Attribute.Kind.STRING && PATH_COMPONENTS.contains(a.componentName())
                    && shape.attribute("relativeToChangelogFile").isPresent()) {
                String path = (String) value;
                out.add(new Reference(location, List.of(relative ? join(folder, path) : normal(path))));
            } else if (a.kind() == Attribute.Kind.STRING && VALUE_FILE_COMPONENTS.contains(a.componentName())) {
                String path = (String) value;
                out.add(new Reference(location, List.of(join(folder, path), normal(path))));
            } else if (a.kind() == Attribute.Kind.RECORD) {
                walk(value, location, folder, out);
            } else if (a.kind() == Attribute.Kind.RECORD_LIST) {
                for (Object item : (List<?>) value) {
                    walk(item, location, folder, out);
                }
            }
        }
    }

    static Path parent(String path) {
        Path parent = Path.of(path).normalize().getParent();
        return parent == null ? Path.of("") : parent;
    }

    private static String join(Path folder, String path) {
        return folder.resolve(path).normalize().toString();
    }

    private static String normal(String path) {
        return Path.of(path).normalize().toString();
    }
}
