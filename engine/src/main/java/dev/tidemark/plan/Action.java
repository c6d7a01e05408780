// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.plan;

/** What a run does with one changeset. */
public enum Action {
    /** Not run before: run it and insert an EXECUTED row. */
    APPLY,
    /** Ran before, but runAlways or runOnChange with a changed checksum: run it and update the row to RERAN. */
    RERUN,
    /** Ran before and unchanged: nothing to do. */
    ALREADY_RAN,
    /** Not selected by contexts, labels or dbms: nothing recorded. */
    FILTERED,
    /** {@code ignore: true}: skipped entirely. */
    IGNORED
}
