// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.mysql;

import static dev.tidemark.dialect.SchemaObjectFixtures.assertRefused;
import static dev.tidemark.dialect.SchemaObjectFixtures.change;

import dev.tidemark.error.ErrorCode;
import dev.tidemark.model.change.AlterSequence;
import dev.tidemark.model.change.CreateSequence;
import dev.tidemark.model.change.DropSequence;
import dev.tidemark.model.change.RenameSequence;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class MySqlSequenceSqlTest {
    private static final String MY = "mysql";

    @Test
    void everySequenceChange_isUnsupported() {
        assertRefused(MY, change(CreateSequence.class, "sequenceName", "s"), ErrorCode.UNSUPPORTED,
                "createSequence is not supported on MySQL 8.0");
        assertRefused(MY, change(AlterSequence.class, "sequenceName", "s", "incrementBy", BigInteger.TWO), ErrorCode.UNSUPPORTED,
                "alterSequence is not supported on MySQL 8.0");
        assertRefused(MY, change(DropSequence.class, "sequenceName", "s"), ErrorCode.UNSUPPORTED,
                "dropSequence is not supported on MySQL 8.0");
        assertRefused(MY, change(RenameSequence.class, "oldSequenceName", "a", "newSequenceName", "b"), ErrorCode.UNSUPPORTED,
                "renameSequence is not supported on MySQL 8.0");
    }
}
