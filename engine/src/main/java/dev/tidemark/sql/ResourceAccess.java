// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.sql;

import dev.tidemark.model.SourceLocation;

/**
 * Reads files a change refers to (loadData CSV, sqlFile, view and procedure files, BLOB/CLOB
 * values): relative to the changelog that holds the change, or through the search path.
 */
public interface ResourceAccess {
    /**
     * The file's bytes.
     *
     * @param path                  the path as written in the change
     * @param relativeToChangelog   the change's relativeToChangelogFile
     * @param from                  where the change was written (its file is the base for relative paths)
     * @throws dev.tidemark.error.TidemarkException FILE_NOT_FOUND naming {@code from}
     */
    byte[] read(String path, boolean relativeToChangelog, SourceLocation from);
}
