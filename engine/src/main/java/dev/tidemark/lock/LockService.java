// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.lock;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.error.ErrorCode;
import dev.tidemark.error.TidemarkException;
import dev.tidemark.history.TrackingTables;
import dev.tidemark.history.TrackingTablesPlace;
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
 * that died, and is taken over. Without a session lock (H2) a row left by a Tidemark process of
 * this host that has ended is taken over. Waiting is bounded and polls.
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
    private final TrackingTables names;
    private final Clock clock;

    public LockService(Dialect dialect, TrackingTables names, SessionLock sessionLock, Clock clock) {
        this.dialect = dialect;
        this.table = new LockTable(dialect, names);
        this.sessionLock = sessionLock;
        this.names = names;
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
                    // Insert only, no DELETE first: a racing process may have inserted and locked the row since we counted.
                    execute(c, table.insertRowStatements());
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
        String lockName = sessionLock.supported() ? lockName(session) : null;
        Instant start = clock.instant();
        while (true) {
            boolean sessionHeld = sessionLock.supported() && sessionLock.tryAcquire(session, lockName);
            if (!sessionLock.supported() || sessionHeld) {
                LockHolder current = read(session);
                if (!current.locked()) {
                    if (take(session, lockedBy, null)) {
                        return new Lock(this, session, sessionHeld ? lockName : null);
                    }
                } else if (holderGone(current, sessionHeld, holder)) {
                    // Only if the row still names the dead holder: without a session lock, others may race for it.
                    if (take(session, lockedBy, current.lockedBy())) {
                        listener.tookOver(current);
                        return new Lock(this, session, sessionHeld ? lockName : null);
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
                        + describe(waitTime) + "; " + current.describe()
                        + ". If that process is gone, run 'tidemark release-locks'.");
            }
            listener.waiting(current, waited);
            sleep(pollRate);
        }
    }

    /**
     * The session lock's name, from the lock table's place as the database resolves it (not as it
     * was configured), so that every process using one lock table shares one session lock: a URL
     * naming the schema and --default-schema-name must agree, and GET_LOCK names are server-wide.
     */
    private String lockName(Connection c) throws SQLException {
        return "tidemark:" + TrackingTablesPlace.of(c, dialect, names).key() + "." + table.tableName().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether the row's holder was a Tidemark run that has ended without releasing it (killed,
     * or its connection lost). With a session lock: we hold the session lock, so its holder's
     * session is gone. Without one (H2): the holder ran on this host and its process has ended.
     * Liquibase holders, and Tidemark holders on other hosts without a session lock, are waited for.
     */
    private boolean holderGone(LockHolder current, boolean sessionHeld, String localHolder) {
        String by = current.lockedBy();
        if (by == null || !by.contains(MARK)) {
            return false;
        }
        if (sessionLock.supported()) {
            return sessionHeld;
        }
        String prefix = localHolder + MARK;
        if (!by.startsWith(prefix)) {
            return false;
        }
        try {
            long pid = Long.parseLong(by.substring(prefix.length()).trim());
            return pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** "3 s" or "5 min": wait times are often shorter than a minute in tests and scripts. */
    private static String describe(Duration d) {
        return d.toSeconds() < 60 || d.toSeconds() % 60 != 0 ? d.toMillis() / 1000.0 + " s" : d.toMinutes() + " min";
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

    void release(Connection session, String heldSessionLock) throws SQLException {
        try {
            execute(session, table.releaseStatements());
            commit(session);
        } finally {
            if (heldSessionLock != null) {
                sessionLock.release(session, heldSessionLock);
            }
        }
    }

    /** Takes the row if it is free ({@code staleHolder} null) or still names {@code staleHolder}. */
    private boolean take(Connection c, String lockedBy, String staleHolder) throws SQLException {
        String sql = "UPDATE " + table.qualifiedName() + " SET LOCKED = ?, LOCKEDBY = ?, LOCKGRANTED = "
                + dialect.currentTimestampFunction() + " WHERE ID = 1 AND " + (staleHolder == null ? "LOCKED = ?" : "LOCKEDBY = ?");
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setBoolean(1, true);
            ps.setString(2, lockedBy.length() > 255 ? lockedBy.substring(0, 255) : lockedBy);
            if (staleHolder == null) {
                ps.setBoolean(3, false);
            } else {
                ps.setString(3, staleHolder);
            }
            int updated = ps.executeUpdate();
            commit(c);
            return updated == 1;
        }
    }

    private boolean exists(Connection c) throws SQLException {
        // Named place: a null schema or catalog would find another schema's or database's lock table.
        return !TrackingTablesPlace.of(c, dialect, names).columns(c, table.tableName()).isEmpty();
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
        /** The session lock's name, or null when none is held. */
        private final String sessionLockName;
        private boolean released;

        Lock(LockService service, Connection session, String sessionLockName) {
            this.service = service;
            this.session = session;
            this.sessionLockName = sessionLockName;
        }

        @Override
        public void close() throws SQLException {
            if (!released) {
                released = true;
                service.release(session, sessionLockName);
            }
        }
    }
}
