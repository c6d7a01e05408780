// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.formats;

import dev.tidemark.error.ChangeLogInvalidException;
import dev.tidemark.error.Diagnostic;
import dev.tidemark.model.ChangeLog;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The outcome of reading a changelog: the model when there were no errors, every diagnostic
 * (errors and warnings, sorted by file and line), where each file was read from, and the
 * substitution of the changelog's global properties (for file content read at run time, as sqlFile's).
 */
public record ParseResult(Optional<ChangeLog> changeLog, List<Diagnostic> diagnostics, Map<String, Path> physicalPaths,
        UnaryOperator<String> properties) {

    public ParseResult {
        diagnostics = diagnostics.stream().sorted(Diagnostic.ORDER).toList();
        physicalPaths = Map.copyOf(physicalPaths);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    public List<Diagnostic> errors() {
        return diagnostics.stream().filter(Diagnostic::isError).toList();
    }

    public List<Diagnostic> warnings() {
        return diagnostics.stream().filter(d -> !d.isError()).toList();
    }

    /** The model, or a {@link ChangeLogInvalidException} carrying every diagnostic. */
    public ChangeLog orThrow() {
        return changeLog.orElseThrow(() -> new ChangeLogInvalidException(diagnostics));
    }
}
