// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.sql;

import dev.tidemark.model.change.CreateView;
import dev.tidemark.model.change.DropView;
import dev.tidemark.model.change.RenameView;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Views. ANSI-style SQL by default (what H2 runs); each dialect's package overrides what its
 * database spells differently.
 * A change type a database cannot express stays {@link SqlFamily#unsupported}.
 */
public class ViewSql extends SqlFamily {
    /** The leading CREATE of a full definition that does not already say OR REPLACE. */
    private static final Pattern CREATE = Pattern.compile("^CREATE(?=\\s)(?!\\s+OR\\s+REPLACE\\b)", Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILING_SEMICOLONS = Pattern.compile("(\\s*;)+\\s*$");

    public ViewSql(dev.tidemark.dialect.Dialect dialect) {
        super(dialect);
    }

    public List<SqlStatement> createView(CreateView change, RenderContext ctx) {
        String query = query(change, ctx);
        boolean replace = Boolean.TRUE.equals(change.replaceIfExists());
        String view = ctx.qualified(change.catalogName(), change.schemaName(), change.viewName());
        String sql;
        if (Boolean.TRUE.equals(change.fullDefinition())) {
            // The body is the whole statement; replaceIfExists turns its CREATE into CREATE OR REPLACE, as Liquibase does.
            sql = replace ? CREATE.matcher(query).replaceFirst("CREATE OR REPLACE") : query;
        } else {
            sql = "CREATE " + (replace ? "OR REPLACE " : "") + "VIEW " + view + " AS " + query;
        }
        List<SqlStatement> out = new ArrayList<>();
        out.add(SqlStatement.of(sql));
        if (change.remarks() != null) {
            out.addAll(remarks(change, view));
        }
        return out;
    }

    /** The statements that set the view's remarks: COMMENT ON VIEW here. */
    protected List<SqlStatement> remarks(CreateView change, String view) {
        return List.of(SqlStatement.of("COMMENT ON VIEW " + view + " IS " + dialect.literals().string(change.remarks())));
    }

    /**
     * The query from the body or from the file at {@code path} (properties expanded, as Liquibase
     * does for view files), trimmed and without trailing semicolons: the statement terminator is
     * the script's business, and JDBC drivers (Oracle's) reject it.
     */
    protected String query(CreateView change, RenderContext ctx) {
        boolean hasBody = change.selectQuery() != null && !change.selectQuery().isBlank();
        String text;
        if (change.path() != null) {
            if (hasBody) {
                throw invalid(change, "Cannot specify both 'path' and a nested view definition");
            }
            byte[] bytes = ctx.files().read(change.path(), Boolean.TRUE.equals(change.relativeToChangelogFile()), change.location());
            text = ctx.expandProperties().apply(new String(bytes, charset(change)));
        } else if (hasBody) {
            text = change.selectQuery();
        } else {
            throw invalid(change, "the view's query is required (a body or path)");
        }
        return TRAILING_SEMICOLONS.matcher(text.trim()).replaceFirst("");
    }

    private Charset charset(CreateView change) {
        if (change.encoding() == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(change.encoding());
        } catch (IllegalArgumentException e) {
            throw invalid(change, "unknown encoding '" + change.encoding() + "'");
        }
    }

    public List<SqlStatement> dropView(DropView change, RenderContext ctx) {
        return List.of(SqlStatement.of("DROP VIEW " + (Boolean.TRUE.equals(change.ifExists()) ? "IF EXISTS " : "")
                + ctx.qualified(change.catalogName(), change.schemaName(), change.viewName())));
    }

    /** ALTER VIEW ... RENAME TO (H2 2.x; Liquibase has no renameView for H2). */
    public List<SqlStatement> renameView(RenameView change, RenderContext ctx) {
        return List.of(SqlStatement.of("ALTER VIEW " + ctx.qualified(change.catalogName(), change.schemaName(), change.oldViewName())
                + " RENAME TO " + ctx.name(change.newViewName())));
    }
}
