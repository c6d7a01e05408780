// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.formats.tree;

import dev.tidemark.error.Diagnostic;
import java.util.List;
import java.util.Optional;

/**
 * Reads one file into a tree. Syntax problems are added to {@code diagnostics} (all that the
 * format's parser can report) and the result is empty when no tree could be built.
 */
public interface TreeReader {
    Optional<ParsedTree> read(SourceText source, List<Diagnostic> diagnostics);
}
