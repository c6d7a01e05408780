// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.mysql;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.model.change.AlterSequence;
import dev.tidemark.model.change.CreateSequence;
import dev.tidemark.model.change.DropSequence;
import dev.tidemark.sql.RenderContext;
import dev.tidemark.sql.SequenceSql;
import dev.tidemark.sql.SqlStatement;
import java.util.List;

/** MySQL has no sequences. */
public class MySqlSequenceSql extends SequenceSql {
    public MySqlSequenceSql(Dialect dialect) {
        super(dialect);
    }

    @Override
    public List<SqlStatement> createSequence(CreateSequence change, RenderContext ctx) {
        return unsupported(change, ctx);
    }

    @Override
    public List<SqlStatement> alterSequence(AlterSequence change, RenderContext ctx) {
        return unsupported(change, ctx);
    }

    @Override
    public List<SqlStatement> dropSequence(DropSequence change, RenderContext ctx) {
        return unsupported(change, ctx);
    }
}
