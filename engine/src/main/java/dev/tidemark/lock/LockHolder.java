// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.lock;

import java.time.Instant;

/** The lock row: whether it is locked, by whom (host, and pid for Tidemark) and since when. */
public record LockHolder(boolean locked, String lockedBy, Instant since) {
    /** "locked by host (ip) tidemark pid=123 since 2026-01-01T10:00:00Z", or "not locked". */
    public String describe() {
        return locked ? "locked by " + lockedBy + " since " + since : "not locked";
    }
}
