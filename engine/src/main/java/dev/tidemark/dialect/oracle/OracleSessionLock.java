// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.oracle;

import dev.tidemark.lock.SessionLock;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;

/**
 * DBMS_LOCK: an exclusive, session-owned user lock (release_on_commit false), requested with a
 * zero timeout. Needs EXECUTE on DBMS_LOCK. Not run here: no Oracle server is available to test.
 */
final class OracleSessionLock implements SessionLock {
    private static final String REQUEST = "DECLARE h VARCHAR2(128); BEGIN DBMS_LOCK.ALLOCATE_UNIQUE(?, h);"
            + " ? := DBMS_LOCK.REQUEST(h, DBMS_LOCK.X_MODE, 0, FALSE); END;";
    private static final String RELEASE = "DECLARE h VARCHAR2(128); BEGIN DBMS_LOCK.ALLOCATE_UNIQUE(?, h);"
            + " ? := DBMS_LOCK.RELEASE(h); END;";

    @Override
    public boolean supported() {
        return true;
    }

    @Override
    public boolean tryAcquire(Connection session, String name) throws SQLException {
        return call(session, REQUEST, name) == 0;
    }

    @Override
    public void release(Connection session, String name) throws SQLException {
        call(session, RELEASE, name);
    }

    private static int call(Connection session, String block, String name) throws SQLException {
        try (CallableStatement cs = session.prepareCall(block)) {
            cs.setString(1, name);
            cs.registerOutParameter(2, Types.INTEGER);
            cs.execute();
            return cs.getInt(2);
        }
    }
}
