// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.execute;

/**
 * What a run says about itself.
 *
 * @param changeLogPath the root changelog as given
 * @param target        the database as the user named it (URL without credentials)
 * @param deploymentId  DEPLOYMENT_ID for every row written in this run
 * @param version       the LIQUIBASE column's value: the tool and version that wrote the row
 */
public record RunInfo(String changeLogPath, String target, String deploymentId, String version) {
}
