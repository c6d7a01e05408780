// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.formats.tree;

import java.util.Objects;

/**
 * The content of one changelog file and the path it is reported under (as the user or the
 * including file wrote it, with forward slashes).
 */
public record SourceText(String path, String content) {
    public SourceText {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(content, "content");
    }
}
