// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.precondition;

/**
 * A precondition that could not be evaluated (a database error, a query that returns no row, a
 * question that needs a database the run does not have): onError decides what happens.
 */
final class PreconditionErrored extends RuntimeException {
    private static final long serialVersionUID = 1L;

    PreconditionErrored(String message, Throwable cause) {
        super(message, cause);
    }
}
