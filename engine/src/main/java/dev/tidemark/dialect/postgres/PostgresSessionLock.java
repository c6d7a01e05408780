// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.postgres;

import dev.tidemark.lock.SessionLock;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.zip.CRC32;

/** pg_try_advisory_lock / pg_advisory_unlock on a 64-bit key derived from the lock name. */
final class PostgresSessionLock implements SessionLock {
    @Override
    public boolean supported() {
        return true;
    }

    @Override
    public boolean tryAcquire(Connection session, String name) throws SQLException {
        try (PreparedStatement ps = session.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            ps.setLong(1, key(name));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    @Override
    public void release(Connection session, String name) throws SQLException {
        try (PreparedStatement ps = session.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            ps.setLong(1, key(name));
            ps.executeQuery().close();
        }
    }

    /** A stable key: a fixed high word ("TMRK") and the CRC-32 of the name. */
    static long key(String name) {
        CRC32 crc = new CRC32();
        crc.update(name.getBytes(StandardCharsets.UTF_8));
        return (0x544D524BL << 32) | crc.getValue();
    }
}
