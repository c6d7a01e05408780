// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.execute;

/**
 * What an update did.
 *
 * @param applied       changesets run (including re-runs)
 * @param alreadyRan    changesets skipped because they ran before
 * @param filtered      changesets not selected by contexts, labels or dbms
 * @param failedSkipped changesets that failed with failOnError=false (rolled back where possible, not recorded)
 * @param upgradedCheckSums history rows whose checksum was upgraded to 9: or filled
 */
public record UpdateResult(int applied, int alreadyRan, int filtered, int failedSkipped, int upgradedCheckSums) {
}
