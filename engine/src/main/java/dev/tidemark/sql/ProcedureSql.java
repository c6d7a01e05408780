// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.sql;

import dev.tidemark.model.change.CreateProcedure;
import dev.tidemark.model.change.DropProcedure;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Stored procedures. The procedure's text is the database's own SQL, passed through as one block
 * statement (scripts end it with the dialect's block delimiter; JDBC runs it as one statement, so
 * no DELIMITER tricks are needed). Each dialect's package overrides what its database spells differently.
 * A change type a database cannot express stays {@link SqlFamily#unsupported}.
 */
public class ProcedureSql extends SqlFamily {
    public ProcedureSql(dev.tidemark.dialect.Dialect dialect) {
        super(dialect);
    }

    public List<SqlStatement> createProcedure(CreateProcedure change, RenderContext ctx) {
        String text = text(change, ctx);
        if (change.schemaName() != null && !change.schemaName().isBlank()) {
            text = ProcedureText.withSchema(text, ctx.name(change.schemaName()));
        }
        List<SqlStatement> out = new ArrayList<>();
        if (Boolean.TRUE.equals(change.replaceIfExists())) {
            out.addAll(replace(change, ctx));
        }
        out.add(SqlStatement.block(statement(text)));
        return out;
    }

    /**
     * What replaceIfExists adds before the text: DROP PROCEDURE IF EXISTS, as Liquibase writes it,
     * but qualified by the change's schema (Liquibase drops the unqualified name, which can be
     * another schema's procedure).
     */
    protected List<SqlStatement> replace(CreateProcedure change, RenderContext ctx) {
        if (change.procedureName() == null) {
            throw invalid(change, "procedureName is required if replaceIfExists = true");
        }
        return List.of(SqlStatement.of("DROP PROCEDURE IF EXISTS "
                + ctx.qualified(change.catalogName(), change.schemaName(), change.procedureName())));
    }

    /** The text as one statement: without the trailing semicolon that ends it in a script (as Liquibase removes it). */
    protected String statement(String text) {
        return text.endsWith(";") ? text.substring(0, text.length() - 1).stripTrailing() : text;
    }

    /** The procedure's text from the body or from the file at {@code path} (properties expanded), trimmed. */
    protected String text(CreateProcedure change, RenderContext ctx) {
        boolean hasBody = change.procedureText() != null && !change.procedureText().isBlank();
        if (change.path() != null) {
            if (hasBody) {
                throw invalid(change, "Cannot specify both 'path' and a nested procedure text");
            }
            byte[] bytes = ctx.files().read(change.path(), Boolean.TRUE.equals(change.relativeToChangelogFile()), change.location());
            return ctx.expandProperties().apply(new String(bytes, charset(change))).trim();
        }
        if (!hasBody) {
            throw invalid(change, "the procedure's text is required (a body or path)");
        }
        return change.procedureText().trim();
    }

    private Charset charset(CreateProcedure change) {
        if (change.encoding() == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(change.encoding());
        } catch (IllegalArgumentException e) {
            throw invalid(change, "unknown encoding '" + change.encoding() + "'");
        }
    }

    public List<SqlStatement> dropProcedure(DropProcedure change, RenderContext ctx) {
        return List.of(SqlStatement.of("DROP PROCEDURE " + ctx.qualified(change.catalogName(), change.schemaName(), change.procedureName())));
    }
}
