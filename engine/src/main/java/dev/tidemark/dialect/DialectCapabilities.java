// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect;

/**
 * What a database can do, as dialect-neutral code needs to know it.
 *
 * @param transactionalDdl   DDL can run inside a transaction and roll back (PostgreSQL, H2)
 * @param sequences          CREATE SEQUENCE exists
 * @param sessionLocks       a session-level advisory lock exists (pg_advisory_lock, GET_LOCK, DBMS_LOCK)
 * @param maxIdentifierLength longest identifier, in bytes for PostgreSQL and characters elsewhere
 * @param identifierLengthInBytes whether {@code maxIdentifierLength} counts UTF-8 bytes
 * @param blockDelimiter     the line that ends a procedural block in a script ("/" on Oracle), or null
 */
public record DialectCapabilities(
        boolean transactionalDdl,
        boolean sequences,
        boolean sessionLocks,
        int maxIdentifierLength,
        boolean identifierLengthInBytes,
        String blockDelimiter) {
}
