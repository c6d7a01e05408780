// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.error;

import dev.tidemark.model.SourceLocation;
import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in a changelog: where, what, and in which changeset ({@code id::author},
 * or null outside changesets). Printed as {@code file:line:column: error TM101: message [changeset id::author]}.
 */
public record Diagnostic(Severity severity, ErrorCode code, SourceLocation location, String message, String changeSet) {

    /** File, then line, then column, then message: the order diagnostics are reported in. */
    public static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::location)
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
    }

    public static Diagnostic error(ErrorCode code, SourceLocation location, String message) {
        return new Diagnostic(Severity.ERROR, code, location, message, null);
    }

    public static Diagnostic warning(ErrorCode code, SourceLocation location, String message) {
        return new Diagnostic(Severity.WARNING, code, location, message, null);
    }

    /** The same diagnostic, attributed to a changeset. */
    public Diagnostic inChangeSet(String id, String author) {
        return new Diagnostic(severity, code, location, message, id + "::" + author);
    }

    /** The same diagnostic as an error (a warning under {@code --strict}). */
    public Diagnostic asError() {
        return new Diagnostic(Severity.ERROR, code, location, message, changeSet);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return location + ": " + severity.label() + " " + code.code() + ": " + message
                + (changeSet == null ? "" : " [changeset " + changeSet + "]");
    }
}
