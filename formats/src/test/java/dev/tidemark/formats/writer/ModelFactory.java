// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.formats.writer;

import dev.tidemark.model.ChangeLogEntry;
import dev.tidemark.model.ChangeLogFile;
import dev.tidemark.model.ChangeSet;
import dev.tidemark.model.SourceLocation;
import dev.tidemark.model.meta.RecordShape;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds model records by component name, every other component null, for writer tests. */
final class ModelFactory {
    static final String PATH = "db/changelog.yaml";
    static final SourceLocation AT = new SourceLocation(PATH, 3, 5);

    private ModelFactory() {
    }

    /** A record of {@code type} with the named components set: {@code make(DropTable.class, "tableName", "t")}. */
    static <T> T make(Class<T> type, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values come in pairs");
        }
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return type.cast(RecordShape.of(type).create(AT, values));
    }

    static ChangeSet changeSet(String id, String author, Object... more) {
        Object[] all = new Object[more.length + 6];
        all[0] = "filePath";
        all[1] = PATH;
        all[2] = "id";
        all[3] = id;
        all[4] = "author";
        all[5] = author;
        System.arraycopy(more, 0, all, 6, more.length);
        return make(ChangeSet.class, all);
    }

    static ChangeLogFile file(ChangeLogEntry... entries) {
        return new ChangeLogFile(PATH, ChangeLogFile.Format.YAML, null, null, null, null, List.of(entries));
    }
}
