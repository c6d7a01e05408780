// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.sql;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.dialect.QuotingStrategy;
import dev.tidemark.model.ChangeSet;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * What rendering one change needs besides the change itself.
 *
 * @param dialect     the target database
 * @param changeSet   the changeset holding the change (its quoting strategy, identity for messages)
 * @param quoting     the effective objectQuotingStrategy
 * @param files       access to files the change refers to
 * @param expandProperties substitutes changelog properties in file content read at run time (sqlFile)
 * @param script      true for update-sql (everything as literal text), false when executing (bind values)
 */
public record RenderContext(Dialect dialect, ChangeSet changeSet, QuotingStrategy quoting, ResourceAccess files,
        UnaryOperator<String> expandProperties, boolean script) {

    public RenderContext {
        Objects.requireNonNull(dialect, "dialect");
        Objects.requireNonNull(quoting, "quoting");
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(expandProperties, "expandProperties");
    }

    /**
     * A context for the statements Tidemark writes about its own tables: LEGACY quoting, literal
     * values, no files.
     */
    public static RenderContext internal(Dialect dialect) {
        ResourceAccess noFiles = (path, relative, from) -> {
            throw new IllegalStateException("statements about the tracking tables read no files");
        };
        return new RenderContext(dialect, null, QuotingStrategy.LEGACY, noFiles, UnaryOperator.identity(), true);
    }

    /** A name of this change's database object, quoted per the strategy. */
    public String name(String name) {
        return dialect.identifiers().quote(name, quoting);
    }

    /** {@code catalog.schema.name} quoted per the strategy. */
    public String qualified(String catalog, String schema, String name) {
        return dialect.identifiers().qualify(catalog, schema, name, quoting);
    }
}
