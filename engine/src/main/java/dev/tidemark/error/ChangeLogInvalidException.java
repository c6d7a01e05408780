// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.error;

import java.util.List;

/** A changelog has errors: all of them, sorted by file and line, plus the warnings found alongside. */
public class ChangeLogInvalidException extends TidemarkException {
    private final List<Diagnostic> diagnostics;

    public ChangeLogInvalidException(List<Diagnostic> diagnostics) {
        super(diagnostics.stream().filter(Diagnostic::isError).findFirst().map(Diagnostic::code).orElse(ErrorCode.INTERNAL),
                null, summary(diagnostics), null);
        this.diagnostics = diagnostics.stream().sorted(Diagnostic.ORDER).toList();
    }

    /** Every diagnostic, errors and warnings, in report order. */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    private static String summary(List<Diagnostic> diagnostics) {
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        return "the changelog has " + errors + (errors == 1 ? " error" : " errors");
    }
}
