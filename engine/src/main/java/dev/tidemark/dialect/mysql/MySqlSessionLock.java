// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.mysql;

import dev.tidemark.lock.SessionLock;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** GET_LOCK(name, 0) / RELEASE_LOCK(name): MySQL and MariaDB named locks, freed when the session ends. */
final class MySqlSessionLock implements SessionLock {
    private static final int MAX_NAME = 64;

    @Override
    public boolean supported() {
        return true;
    }

    @Override
    public boolean tryAcquire(Connection session, String name) throws SQLException {
        try (PreparedStatement ps = session.prepareStatement("SELECT GET_LOCK(?, 0)")) {
            ps.setString(1, shorten(name));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getInt(1) == 1;
            }
        }
    }

    @Override
    public void release(Connection session, String name) throws SQLException {
        try (PreparedStatement ps = session.prepareStatement("SELECT RELEASE_LOCK(?)")) {
            ps.setString(1, shorten(name));
            ps.executeQuery().close();
        }
    }

    private static String shorten(String name) {
        return name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME);
    }
}
