// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.checksum;

import dev.tidemark.model.ChangeSet;

/**
 * Computes many checksums one after another, as {@link CheckSums#compute} does, keeping what can be
 * reused from one to the next (the date formats, costly to build). Not thread-safe: a thread that
 * computes checksums makes one of its own.
 */
public final class CheckSumCalculator {
    private final ChangeSerialization serialization = CheckSums.serialization();

    /** The checksum of a changeset; see {@link CheckSums#compute}. */
    public CheckSum compute(ChangeSet changeSet, int version, String targetDbms, ChangeFiles files) {
        return CheckSums.compute(changeSet, version, targetDbms, files, serialization);
    }
}
