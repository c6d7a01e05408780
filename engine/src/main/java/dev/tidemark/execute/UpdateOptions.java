// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.execute;

import java.time.Duration;

/**
 * How an update runs.
 *
 * @param lockWait     how long to wait for the change log lock (Liquibase's changelogLockWaitTimeInMinutes, 5 min)
 * @param lockPollRate how often to look again while waiting (changelogLockPollRate, 10 s)
 * @param lockHolder   what LOCKEDBY says about this process (host and address)
 * @param count        run at most this many pending changesets (update-count), or -1 for all
 * @param toTag        stop after the changeset that tags the database with this tag (update-to-tag), or null
 */
public record UpdateOptions(Duration lockWait, Duration lockPollRate, String lockHolder, int count, String toTag) {

    public static UpdateOptions defaults(String lockHolder) {
        return new UpdateOptions(Duration.ofMinutes(5), Duration.ofSeconds(10), lockHolder, -1, null);
    }

    public UpdateOptions withLock(Duration wait, Duration pollRate) {
        return new UpdateOptions(wait, pollRate, lockHolder, count, toTag);
    }

    public UpdateOptions withCount(int newCount) {
        return new UpdateOptions(lockWait, lockPollRate, lockHolder, newCount, toTag);
    }

    public UpdateOptions withToTag(String tag) {
        return new UpdateOptions(lockWait, lockPollRate, lockHolder, count, tag);
    }
}
