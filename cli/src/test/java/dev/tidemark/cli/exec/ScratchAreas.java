// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.cli.exec;

import dev.tidemark.cli.db.TestDatabases;
import dev.tidemark.cli.db.TestDatabases.Scratch;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Empty scratch areas for a test class that needs many. On PostgreSQL one scratch database is
 * made on first use and its {@code public} schema is dropped and made again for each area
 * (CREATE DATABASE takes 0.2 to 1 s, recreating a schema some milliseconds); on MariaDB and H2
 * each area is a new scratch database. Close it to drop what it made.
 */
final class ScratchAreas implements AutoCloseable {
    private final Map<String, Scratch> shared = new HashMap<>();

    /** An empty area on {@code db}; skips (or, in CI, fails) the test when the server is unreachable. */
    Area fresh(String db) throws SQLException {
        if (!db.equals("postgresql")) {
            return new Area(TestDatabases.scratchDatabase(db), true);
        }
        Scratch scratch = shared.get(db);
        if (scratch == null) {
            scratch = TestDatabases.scratchDatabase(db);
            shared.put(db, scratch);
        }
        try (Connection c = scratch.connect(); Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA IF EXISTS public CASCADE");
            st.execute("CREATE SCHEMA public");
        }
        return new Area(scratch, false);
    }

    @Override
    public void close() throws SQLException {
        List<SQLException> failures = new ArrayList<>();
        for (Scratch s : shared.values()) {
            try {
                s.close();
            } catch (SQLException e) {
                failures.add(e);
            }
        }
        shared.clear();
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
    }

    /** One empty area; closing drops it unless it belongs to the shared PostgreSQL database. */
    record Area(Scratch scratch, boolean owned) implements AutoCloseable {
        Connection connect() throws SQLException {
            return scratch.connect();
        }

        @Override
        public void close() throws SQLException {
            if (owned) {
                scratch.close();
            }
        }
    }
}
