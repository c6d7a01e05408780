// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.mysql;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.model.SourceLocation;

/**
 * MariaDB's literals: MySQL's, plus sequences (10.3+): {@code NEXT VALUE FOR s} and
 * {@code PREVIOUS VALUE FOR s} (Liquibase 4.33 has no current-value function for MariaDB).
 */
public class MariaDbLiterals extends MySqlLiterals {
    public MariaDbLiterals(Dialect dialect) {
        super(dialect);
    }

    @Override
    public String sequenceNext(String qualifiedName, SourceLocation at) {
        return "NEXT VALUE FOR " + qualifiedName;
    }

    @Override
    public String sequenceCurrent(String qualifiedName, SourceLocation at) {
        return "PREVIOUS VALUE FOR " + qualifiedName;
    }
}
