// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.lock;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.error.ErrorCode;
import dev.tidemark.error.TidemarkException;
import dev.tidemark.history.TrackingTables;
import dev.tidemark.sql.SqlStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Liquibase's lock protocol on DATABASECHANGELOGLOCK (so Liquibase and Tidemark exclude each
 * other), plus a session lock where the database has one. The session lock is held for the whole
 * run; a row marked locked by a Tidemark process whose session lock is free belongs to a process
 * that died, and is taken over. Waiting is bounded and polls.
 */
public final class LockService {
    /** Written into LOCKEDBY after the host, so a Tidemark holder can be recognised. */
    static final String MARK = " tidemark pid=";

    /** What the service tells about waiting and take-overs. */
    public interface Listener {
        void waiting(LockHolder holder, Duration waited);

        void tookOver(LockHolder staleHolder);
    }

    private final Dialect dialect;
    private final LockTable table;
    private final SessionLock sessionLock;
    private final String lockName;
    private final Clock clock;

    public LockService(Dialect dialect, TrackingTables names, SessionLock sessionLock, Clock clock) {
        this.dialect = dialect;
        this.table = new LockTable(dialect, names);
        this.sessionLock = sessionLock;
        this.lockName = ("tidemark:" + (names.schema() == null ? "" : names.schema() + ".") + names.lockTable())
                .toLowerCase(Locale.ROOT);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Creates the lock table and its row when missing. Safe when several processes race. */
    public void ensure(Connection c) throws SQLException {
        for (int attempt = 1; ; attempt++) {
            try {
                if (!exists(c)) {
                    execute(c, table.createStatements());
                }
                if (rowCount(c) == 0) {
                    execute(c, table.initStatements());
                }
                commit(c);
                return;
            } catch (SQLException e) {
                rollback(c);
                if (attempt >= 10) {
                    throw e;
                }
                sleep(Duration.ofMillis(100L * attempt));
            }
        }
    }

    /**
     * Takes the lock, waiting up to {@code waitTime} and polling every {@code pollRate}.
     *
     * @param holder what to write into LOCKEDBY (host and process)
     */
    public Lock acquire(Connection session, String holder, Duration waitTime, Duration pollRate, Listener listener)
            throws SQLException {
        ensure(session);
        String lockedBy = holder + MARK + ProcessHandle.current().pid();
        Instant start = clock.instant();
        while (true) {
            boolean sessionHeld = sessionLock.supported() && sessionLock.tryAcquire(session, lockName);
            if (!sessionLock.supported() || sessionHeld) {
                LockHolder current = read(session);
                if (!current.locked()) {
                    if (take(session, lockedBy, true)) {
                        return new Lock(this, session, sessionHeld);
                    }
                } else if (sessionHeld && current.lockedBy() != null && current.lockedBy().contains(MARK)) {
                    // The holder was a Tidemark run, and its session lock is free: it died. Take over.
                    if (take(session, lockedBy, false)) {
                        listener.tookOver(current);
                        return new Lock(this, session, true);
                    }
                }
                if (sessionHeld) {
                    sessionLock.release(session, lockName);
                }
            }
            Duration waited = Duration.between(start, clock.instant());
            LockHolder current = read(session);
            if (waited.compareTo(waitTime) >= 0) {
                throw new TidemarkException(ErrorCode.LOCK_TIMEOUT, "could not acquire the change log lock within "
                        + waitTime.toMinutes() + " min; " + current.describe()
                        + ". If that process is gone, run 'tidemark release-locks'.");
            }
            listener.waiting(current, waited);
            sleep(pollRate);
        }
    }

    /** The row as it is now. */
    public LockHolder read(Connection c) throws SQLException {
        String sql = "SELECT LOCKED, LOCKEDBY, LOCKGRANTED FROM " + table.qualifiedName() + " WHERE ID = 1";
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            if (!rs.next()) {
                return new LockHolder(false, null, null);
            }
            Timestamp granted = rs.getTimestamp(3);
            LockHolder h = new LockHolder(rs.getBoolean(1), rs.getString(2), granted == null ? null : granted.toInstant());
            commit(c);
            return h;
        }
    }

    /** Unconditionally frees the row (release-locks). */
    public void forceRelease(Connection c) throws SQLException {
        execute(c, table.releaseStatements());
        commit(c);
    }

    void release(Connection session, boolean sessionHeld) throws SQLException {
        try {
            execute(session, table.releaseStatements());
            commit(session);
        } finally {
            if (sessionHeld) {
                sessionLock.release(session, lockName);
            }
        }
    }

    private boolean take(Connection c, String lockedBy, boolean onlyIfFree) throws SQLException {
        String sql = "UPDATE " + table.qualifiedName() + " SET LOCKED = ?, LOCKEDBY = ?, LOCKGRANTED = "
                + dialect.currentTimestampFunction() + " WHERE ID = 1" + (onlyIfFree ? " AND LOCKED = ?" : "");
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setBoolean(1, true);
            ps.setString(2, lockedBy.length() > 255 ? lockedBy.substring(0, 255) : lockedBy);
            if (onlyIfFree) {
                ps.setBoolean(3, false);
            }
            int updated = ps.executeUpdate();
            commit(c);
            return updated == 1;
        }
    }

    private boolean exists(Connection c) throws SQLException {
        try (ResultSet rs = c.getMetaData().getTables(null, null, table.tableName(), null)) {
            if (rs.next()) {
                return true;
            }
        }
        try (ResultSet rs = c.getMetaData().getTables(null, null, table.tableName().toLowerCase(Locale.ROOT), null)) {
            return rs.next();
        }
    }

    private int rowCount(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table.qualifiedName())) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static void execute(Connection c, List<SqlStatement> statements) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (SqlStatement s : statements) {
                st.execute(s.sql());
            }
        }
    }

    private static void commit(Connection c) throws SQLException {
        if (!c.getAutoCommit()) {
            c.commit();
        }
    }

    private static void rollback(Connection c) {
        try {
            if (!c.getAutoCommit()) {
                c.rollback();
            }
        } catch (SQLException ignored) {
            // the original failure is what the caller reports
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TidemarkException(ErrorCode.LOCK_TIMEOUT, "interrupted while waiting for the change log lock");
        }
    }

    /** A held lock; closing releases the row and the session lock. */
    public static final class Lock implements AutoCloseable {
        private final LockService service;
        private final Connection session;
        private final boolean sessionHeld;
        private boolean released;

        Lock(LockService service, Connection session, boolean sessionHeld) {
            this.service = service;
            this.session = session;
            this.sessionHeld = sessionHeld;
        }

        @Override
        public void close() throws SQLException {
            if (!released) {
                released = true;
                service.release(session, sessionHeld);
            }
        }
    }
}
