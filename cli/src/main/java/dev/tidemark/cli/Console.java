// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.cli;

import dev.tidemark.error.Diagnostic;
import java.io.PrintStream;
import java.util.List;

/** Where commands write: results to standard output, diagnostics and notes to standard error. */
final class Console {
    private final PrintStream out;
    private final PrintStream err;

    private final boolean terminal;
    private int lastProgress;

    Console(PrintStream out, PrintStream err) {
        this(out, err, false);
    }

    /** @param terminal whether standard error is a terminal (progress lines are shown only then) */
    Console(PrintStream out, PrintStream err, boolean terminal) {
        this.out = out;
        this.err = err;
        this.terminal = terminal;
    }

    void result(String line) {
        out.println(line);
    }

    /** Text exactly as given (a script), to standard output. */
    void raw(String text) {
        out.print(text);
        out.flush();
    }

    /** A progress line, rewritten in place on a terminal; nothing when output is redirected. */
    void progress(String line) {
        if (terminal) {
            String shown = line.length() > 100 ? line.substring(0, 97) + "..." : line;
            err.print("\r" + shown + " ".repeat(Math.max(0, lastProgress - shown.length())));
            err.flush();
            lastProgress = shown.length();
        }
    }

    /** Ends a progress line so that the next output starts on a fresh line. */
    void endProgress() {
        if (lastProgress > 0) {
            err.print("\r" + " ".repeat(lastProgress) + "\r");
            err.flush();
            lastProgress = 0;
        }
    }

    void note(String line) {
        endProgress();
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
