// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.sql;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.error.ErrorCode;
import dev.tidemark.error.TidemarkException;
import dev.tidemark.model.change.Change;
import java.util.List;

/** Common ground of the statement generators: the dialect and the "not supported" answer. */
public abstract class SqlFamily {
    protected final Dialect dialect;

    protected SqlFamily(Dialect dialect) {
        this.dialect = dialect;
    }

    /** Refuses a change this database cannot express, naming the change's place. */
    protected List<SqlStatement> unsupported(Change change, RenderContext ctx) {
        throw new TidemarkException(ErrorCode.UNSUPPORTED, change.location(),
                change.changeType().name() + " is not supported on " + dialect.displayName(), null);
    }

    /** Refuses an attribute value this database cannot express, naming the change's place. */
    protected TidemarkException invalid(Change change, String message) {
        return new TidemarkException(ErrorCode.INVALID_VALUE, change.location(),
                change.changeType().name() + ": " + message + " on " + dialect.displayName(), null);
    }
}
