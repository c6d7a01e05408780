// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.h2;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.sql.Literals;

/** H2's Literals. */
public class H2Literals extends Literals {
    public H2Literals(Dialect dialect) {
        super(dialect);
    }
}
