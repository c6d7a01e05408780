// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.cli;

import dev.tidemark.error.Diagnostic;
import java.io.PrintStream;
import java.util.List;

/** Where commands write: results to standard output, diagnostics and notes to standard error. */
final class Console {
    private final PrintStream out;
    private final PrintStream err;

    Console(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    void result(String line) {
        out.println(line);
    }

    /** Text exactly as given (a script), to standard output. */
    void raw(String text) {
        out.print(text);
        out.flush();
    }

    void note(String line) {
        err.println(line);
    }

    /** Every diagnostic, one per line, then a count line when there were any. */
    void diagnostics(List<Diagnostic> diagnostics) {
        for (Diagnostic d : diagnostics) {
            err.println(d);
        }
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        long warnings = diagnostics.size() - errors;
        if (!diagnostics.isEmpty()) {
            err.println(count(errors, "error") + ", " + count(warnings, "warning"));
        }
    }

    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
