// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.checksum;

import dev.tidemark.model.SourceLocation;
import dev.tidemark.sql.ResourceAccess;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * What a checksum needs besides the model: the files changes refer to (sqlFile, loadData CSV, view
 * and procedure files) and the changelog properties, which Liquibase substitutes into view and
 * procedure files (but not into sqlFile files) before hashing them.
 */
public interface ChangeFiles {

    /**
     * The bytes of a file a change refers to.
     *
     * @param path                the path as written in the change
     * @param relativeToChangelog the change's relativeToChangelogFile
     * @param from                where the change was written
     */
    byte[] read(String path, boolean relativeToChangelog, SourceLocation from);

    /** The text with changelog properties substituted; no substitution by default. */
    default String expandProperties(String text) {
        return text;
    }

    /** Files read through {@code files}, properties substituted by {@code expand}. */
    static ChangeFiles of(ResourceAccess files, UnaryOperator<String> expand) {
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(expand, "expand");
        return new ChangeFiles() {
            @Override
            public byte[] read(String path, boolean relativeToChangelog, SourceLocation from) {
                return files.read(path, relativeToChangelog, from);
            }

            @Override
            public String expandProperties(String text) {
                return expand.apply(text);
            }
        };
    }
}
