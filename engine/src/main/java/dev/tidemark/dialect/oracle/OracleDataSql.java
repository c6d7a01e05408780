// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.oracle;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.sql.DataSql;

/**
 * Oracle's rows: one INSERT per row in literal SQL, and loadUpdateData as the base class's
 * {@code MERGE ... USING (SELECT ... FROM DUAL)} (Liquibase writes a PL/SQL block that counts the
 * matching rows and then inserts or updates).
 */
public class OracleDataSql extends DataSql {
    public OracleDataSql(Dialect dialect) {
        super(dialect);
    }
}
