// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.precondition;

import java.util.List;

/**
 * What a precondition found: passed, or failed with why (one line per failed precondition,
 * each naming its type and place).
 */
record Verdict(boolean passed, List<String> failures) {
    static final Verdict PASSED = new Verdict(true, List.of());

    Verdict {
        failures = List.copyOf(failures);
    }

    static Verdict failed(String why) {
        return new Verdict(false, List.of(why));
    }
}
