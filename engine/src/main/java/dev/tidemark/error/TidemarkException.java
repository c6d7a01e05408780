// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.error;

import dev.tidemark.model.SourceLocation;
import java.util.Objects;

/** The one unchecked root of Tidemark's errors: a code, a message and, where known, a place. */
public class TidemarkException extends RuntimeException {
    private final ErrorCode code;
    private final SourceLocation location;

    public TidemarkException(ErrorCode code, SourceLocation location, String message, Throwable cause) {
        super(message, cause);
        this.code = Objects.requireNonNull(code, "code");
        this.location = location;
    }

    public TidemarkException(ErrorCode code, String message) {
        this(code, null, message, null);
    }

    public ErrorCode code() {
        return code;
    }

    /** Where the problem is, or null when it has no place in a changelog. */
    public SourceLocation location() {
        return location;
    }

    /** {@code file:line:column: TM101 message}, or {@code TM101 message} without a place. */
    @Override
    public String toString() {
        return (location == null ? "" : location + ": ") + code.code() + " " + getMessage();
    }
}
