// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.model;

import dev.tidemark.model.meta.Aliases;
import java.util.List;
import java.util.Objects;

/**
 * One changelog file as written (properties already substituted): its attributes and its entries
 * in file order. {@code path} is the path it was read under; {@code format} its format.
 */
public record ChangeLogFile(
        String path,
        Format format,
        String logicalFilePath,
        @Aliases("context") String contextFilter,
        String changeLogId,
        String objectQuotingStrategy,
        List<ChangeLogEntry> entries) {

    /** The four changelog formats. */
    public enum Format { YAML, JSON, XML, SQL }

    public ChangeLogFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(format, "format");
        entries = List.copyOf(entries);
    }
}
