// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.cli;

/** The process exit codes, documented in the README. */
final class ExitCode {
    static final int OK = 0;
    /** The changelog (or a setting) is invalid; nothing was changed. */
    static final int INVALID = 1;
    /** The command line itself is wrong. */
    static final int USAGE = 2;
    /** The change log lock could not be had within the wait time. */
    static final int LOCK_TIMEOUT = 3;
    /** A changeset failed (or a stop change stopped the run); the changesets before it stay applied. */
    static final int CHANGESET_FAILED = 4;
    /** The database could not be reached or failed outside a changeset. */
    static final int CONNECTION = 5;
    /** Preconditions failed (or could not be evaluated) with onFail/onError HALT; the changesets before stay applied. */
    static final int PRECONDITION_FAILED = 6;
    /** A bug in Tidemark. */
    static final int INTERNAL = 70;

    private ExitCode() {
    }

    /** The exit code for an error of this category. */
    static int of(dev.tidemark.error.ErrorCode.Category category) {
        switch (category) {
            case CHANGELOG:
                return INVALID;
            case USAGE:
                return USAGE;
            case LOCK:
                return LOCK_TIMEOUT;
            case EXECUTION:
                return CHANGESET_FAILED;
            case PRECONDITION:
                return PRECONDITION_FAILED;
            case CONNECTION:
                return CONNECTION;
            default:
                return INTERNAL;
        }
    }
}
