// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.oracle;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.sql.Literals;

/** Oracle's Literals. */
public class OracleLiterals extends Literals {
    public OracleLiterals(Dialect dialect) {
        super(dialect);
    }
}
