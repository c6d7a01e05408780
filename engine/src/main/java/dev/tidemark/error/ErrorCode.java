// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.error;

/**
 * Stable codes for everything Tidemark reports. The code is part of the message users see and
 * search for, so a code is never reused for another meaning.
 */
public enum ErrorCode {
    SYNTAX("TM100", Category.CHANGELOG),
    UNKNOWN_CHANGE_TYPE("TM101", Category.CHANGELOG),
    UNKNOWN_ATTRIBUTE("TM102", Category.CHANGELOG),
    WRONG_TYPE("TM103", Category.CHANGELOG),
    MISSING_REQUIRED("TM104", Category.CHANGELOG),
    DUPLICATE_CHANGESET("TM105", Category.CHANGELOG),
    FILE_NOT_FOUND("TM106", Category.CHANGELOG),
    INCLUDE_CYCLE("TM107", Category.CHANGELOG),
    PROPERTY_CYCLE("TM108", Category.CHANGELOG),
    UNSUPPORTED("TM109", Category.CHANGELOG),
    DUPLICATE_KEY("TM110", Category.CHANGELOG),
    SCHEMA_VIOLATION("TM111", Category.CHANGELOG),
    FORBIDDEN_CONSTRUCT("TM112", Category.CHANGELOG),
    UNRESOLVED_PROPERTY("TM113", Category.CHANGELOG),
    INVALID_VALUE("TM114", Category.CHANGELOG),
    INVALID_STRUCTURE("TM115", Category.CHANGELOG),
    UNKNOWN_ELEMENT("TM116", Category.CHANGELOG),
    LIMIT_EXCEEDED("TM117", Category.CHANGELOG),
    READ_FAILED("TM118", Category.CHANGELOG),
    CHECKSUM_MISMATCH("TM119", Category.CHANGELOG),
    /** A rollback would reach a changeset with no automatic inverse and no rollback block. */
    NO_ROLLBACK("TM125", Category.CHANGELOG),
    USAGE("TM200", Category.USAGE),
    WRITE_FAILED("TM201", Category.USAGE),
    LOCK_TIMEOUT("TM300", Category.LOCK),
    CHANGESET_FAILED("TM400", Category.EXECUTION),
    STOPPED("TM401", Category.EXECUTION),
    PRECONDITION_FAILED("TM402", Category.PRECONDITION),
    PRECONDITION_ERROR("TM403", Category.PRECONDITION),
    CONNECTION_FAILED("TM500", Category.CONNECTION),
    DATABASE_ERROR("TM501", Category.CONNECTION),
    INTERNAL("TM900", Category.INTERNAL);

    /** What kind of failure a code is; the CLI maps categories to exit codes. */
    public enum Category { CHANGELOG, USAGE, LOCK, EXECUTION, PRECONDITION, CONNECTION, INTERNAL }

    private final String code;
    private final Category category;

    ErrorCode(String code, Category category) {
        this.code = code;
        this.category = category;
    }

    /** The code as printed, {@code TM101}. */
    public String code() {
        return code;
    }

    public Category category() {
        return category;
    }
}
