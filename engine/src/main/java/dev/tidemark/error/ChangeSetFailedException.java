// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.error;

import dev.tidemark.model.ChangeSet;
import java.sql.SQLException;

/**
 * A changeset's statement failed on the database: names the changeset (file:line, id, author),
 * the statement, the SQLState, the vendor code and the database's message.
 */
public class ChangeSetFailedException extends TidemarkException {
    private final String changeSetIdentifier;
    private final String statement;
    private final String sqlState;
    private final int vendorCode;

    public ChangeSetFailedException(ChangeSet changeSet, String statement, SQLException cause) {
        super(ErrorCode.CHANGESET_FAILED, changeSet.location(), "changeset " + changeSet.identifier() + " failed: "
                + firstLine(cause.getMessage()) + " [SQLState " + cause.getSQLState() + ", code " + cause.getErrorCode()
                + "]\n  statement: " + statement, cause);
        this.changeSetIdentifier = changeSet.identifier();
        this.statement = statement;
        this.sqlState = cause.getSQLState();
        this.vendorCode = cause.getErrorCode();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "(no message)";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    public String changeSetIdentifier() {
        return changeSetIdentifier;
    }

    public String statement() {
        return statement;
    }

    public String sqlState() {
        return sqlState;
    }

    public int vendorCode() {
        return vendorCode;
    }
}
