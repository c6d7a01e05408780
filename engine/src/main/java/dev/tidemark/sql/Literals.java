// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.sql;

import dev.tidemark.dialect.Dialect;

/** SQL literals for this database, escaped so that no value can end its literal. */
public class Literals {
    protected final Dialect dialect;

    public Literals(Dialect dialect) {
        this.dialect = dialect;
    }

    /** A string literal: quotes doubled. */
    public String string(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
