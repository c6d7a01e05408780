// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.cli;

/** The process exit codes, documented in the README. */
final class ExitCode {
    static final int OK = 0;
    /** The changelog (or a setting) is invalid; nothing was changed. */
    static final int INVALID = 1;
    /** The command line itself is wrong. */
    static final int USAGE = 2;
    /** A bug in Tidemark. */
    static final int INTERNAL = 70;

    private ExitCode() {
    }
}
