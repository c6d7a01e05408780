// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.model.change;

import dev.tidemark.model.LoadDataColumnConfig;
import dev.tidemark.model.SourceLocation;
import dev.tidemark.model.meta.ItemName;
import dev.tidemark.model.meta.Required;
import java.util.List;
import java.util.Objects;

/** `loadData`: Loads rows from a CSV or TSV file. */
public record LoadData(
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
        @ItemName("column") List<LoadDataColumnConfig> columns) implements Change {
    public LoadData {
        Objects.requireNonNull(location, "location");
        columns = columns == null ? List.of() : List.copyOf(columns);
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visitLoadData(this);
    }
}
