// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.checksum;

import dev.tidemark.model.ChangeSet;
import dev.tidemark.model.ColumnConfig;
import dev.tidemark.model.Constraints;
import dev.tidemark.model.ModifySql;
import dev.tidemark.model.SourceLocation;
import dev.tidemark.model.change.Change;
import dev.tidemark.model.meta.RecordShape;
import dev.tidemark.model.modifysql.SqlModifier;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds model records for tests by attribute name, the way the changelog mapper would. */
final class Models {
    static final SourceLocation HERE = new SourceLocation("changelog.xml", 1, 1);

    private Models() {
    }

    /** A record of {@code type} from name/value pairs; attributes not named are null. */
    static <T> T make(Class<T> type, Object... namesAndValues) {
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return type.cast(RecordShape.of(type).create(HERE, values));
    }

    static ColumnConfig column(Object... namesAndValues) {
        return make(ColumnConfig.class, namesAndValues);
    }

    static Constraints constraints(Object... namesAndValues) {
        return make(Constraints.class, namesAndValues);
    }

    static ChangeSet changeSet(Change... changes) {
        return changeSet(List.of(), changes);
    }

    static ChangeSet changeSet(List<ModifySql> modifySql, Change... changes) {
        return make(ChangeSet.class, "filePath", "changelog.xml", "id", "1", "author", "tidemark",
                "changes", List.of(changes), "modifySql", modifySql);
    }

    static ModifySql modifySql(String dbms, String context, String labels, Boolean applyToRollback,
            SqlModifier... modifiers) {
        return make(ModifySql.class, "dbms", dbms, "contextFilter", context, "labels", labels,
                "applyToRollback", applyToRollback, "modifiers", List.of(modifiers));
    }

    /** Files from a map of path to content; relativeToChangelogFile does not matter here. */
    static ChangeFiles files(Map<String, byte[]> content) {
        return (path, relative, from) -> {
            byte[] bytes = content.get(path);
            if (bytes == null) {
                throw new IllegalArgumentException("no test file " + path);
            }
            return bytes;
        };
    }

    static final ChangeFiles NO_FILES = files(Map.of());
}
