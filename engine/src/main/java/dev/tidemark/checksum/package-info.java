// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
/**
 * Liquibase 4.33-compatible changeset checksums (DATABASECHANGELOG.MD5SUM, versions 9 and 8) and
 * descriptions (DATABASECHANGELOG.DESCRIPTION), computed from the changelog model.
 *
 * <p>Liquibase hashes its own change objects. {@code CheckSums} serializes Tidemark's model records
 * in the same text layout; {@code ChangeSerialization} holds the short, explicit table of where
 * Liquibase's change classes differ from the model (attributes they lack or leave out, defaults
 * they fill in, values they convert). SQL, file and data changes hash their text or file instead.
 */
package dev.tidemark.checksum;
