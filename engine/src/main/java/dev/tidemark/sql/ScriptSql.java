// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.sql;

import dev.tidemark.error.ErrorCode;
import dev.tidemark.error.TidemarkException;
import dev.tidemark.model.change.CustomChange;
import dev.tidemark.model.change.Empty;
import dev.tidemark.model.change.ExecuteCommand;
import dev.tidemark.model.change.Output;
import dev.tidemark.model.change.Sql;
import dev.tidemark.model.change.SqlFile;
import dev.tidemark.model.change.Stop;
import dev.tidemark.model.change.TagDatabase;
import java.util.List;

/**
 * Raw SQL and the changes that run no DDL: sql, sqlFile, tagDatabase, output, empty, stop,
 * executeCommand, customChange. The SQL of sql and sqlFile is split by a {@link StatementSplitter}
 * that knows this database's quotes and comments ({@link #syntax()}); each dialect's package
 * overrides what its database spells differently.
 *
 * <p>tagDatabase, output, empty, stop and executeCommand render no statement: the tag goes into
 * the history row, and the executor handles messages, commands and stops (update-sql writes a
 * comment for output and executeCommand). customChange is not supported.
 */
public class ScriptSql extends SqlFamily {
    public ScriptSql(dev.tidemark.dialect.Dialect dialect) {
        super(dialect);
    }

    /** The quotes and comments of this database's SQL; the base knows only the standard ones. */
    protected StatementSyntax syntax() {
        return StatementSyntax.ANSI;
    }

    /** The statements of a text, split as the change says (splitStatements defaults to true, stripComments to false). */
    protected List<SqlStatement> statements(String sql, Boolean splitStatements, Boolean stripComments, String endDelimiter) {
        if (sql == null || sql.isBlank()) {
            return List.of();
        }
        return new StatementSplitter(syntax()).split(sql, !Boolean.FALSE.equals(splitStatements), Boolean.TRUE.equals(stripComments),
                endDelimiter);
    }

    public List<SqlStatement> sql(Sql change, RenderContext ctx) {
        return statements(change.sql(), change.splitStatements(), change.stripComments(), change.endDelimiter());
    }

    /**
     * The file's text (in its encoding, UTF-8 by default), with changelog properties expanded as
     * Liquibase does when it runs the file, split like {@link #sql}.
     */
    public List<SqlStatement> sqlFile(SqlFile change, RenderContext ctx) {
        byte[] bytes = ctx.files().read(change.path(), Boolean.TRUE.equals(change.relativeToChangelogFile()), change.location());
        String text = ctx.expandProperties().apply(DataValues.decode(bytes, change.encoding(), change.location()));
        return statements(text, change.splitStatements(), change.stripComments(), change.endDelimiter());
    }

    public List<SqlStatement> tagDatabase(TagDatabase change, RenderContext ctx) {
        return List.of();
    }

    public List<SqlStatement> output(Output change, RenderContext ctx) {
        return List.of();
    }

    public List<SqlStatement> empty(Empty change, RenderContext ctx) {
        return List.of();
    }

    public List<SqlStatement> stop(Stop change, RenderContext ctx) {
        return List.of();
    }

    public List<SqlStatement> executeCommand(ExecuteCommand change, RenderContext ctx) {
        return List.of();
    }

    /** Tidemark runs no Java code from changelogs. */
    public List<SqlStatement> customChange(CustomChange change, RenderContext ctx) {
        throw new TidemarkException(ErrorCode.UNSUPPORTED, change.location(), "customChange (class " + change.className()
                + ") is not supported: Tidemark does not run Java classes named in changelogs", null);
    }
}
