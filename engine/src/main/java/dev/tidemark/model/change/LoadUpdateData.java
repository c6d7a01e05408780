// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.model.change;

import dev.tidemark.model.LoadDataColumnConfig;
import dev.tidemark.model.SourceLocation;
import dev.tidemark.model.meta.ItemName;
import dev.tidemark.model.meta.Required;
import java.util.List;
import java.util.Objects;

/** `loadUpdateData`: Loads rows from a CSV or TSV file, updating rows whose primary key exists. */
public record LoadUpdateData(
        SourceLocation location,
        String catalogName,
        String schemaName,
        @Required String tableName,
        @Required String file,
        Boolean relativeToChangelogFile,
        String encoding,
        String separator,
        String quotchar,
        String commentLineStartsWith,
        Boolean usePreparedStatements,
        @Required String primaryKey,
        Boolean onlyUpdate,
        @ItemName("column") List<LoadDataColumnConfig> columns) implements Change {
    public LoadUpdateData {
        Objects.requireNonNull(location, "location");
        columns = columns == null ? List.of() : List.copyOf(columns);
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visitLoadUpdateData(this);
    }
}
