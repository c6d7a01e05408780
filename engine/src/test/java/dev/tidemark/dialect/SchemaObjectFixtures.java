// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tidemark.error.ErrorCode;
import dev.tidemark.error.TidemarkException;
import dev.tidemark.model.ColumnConfig;
import dev.tidemark.model.SourceLocation;
import dev.tidemark.model.change.Change;
import dev.tidemark.model.meta.RecordShape;
import dev.tidemark.sql.ChangeRenderer;
import dev.tidemark.sql.RenderContext;
import dev.tidemark.sql.ResourceAccess;
import dev.tidemark.sql.SqlStatement;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Builds change records and render contexts for the constraint, index, sequence, view and
 * procedure generator tests, and renders changes through {@link ChangeRenderer} as the engine does.
 */
public final class SchemaObjectFixtures {
    /** Where every test change was "written". */
    public static final SourceLocation AT = new SourceLocation("db/changelog.xml", 12, 9);

    private SchemaObjectFixtures() {
    }

    /** A change from (component, value) pairs; unnamed components are null. An unknown component name fails. */
    public static <T extends Change> T change(Class<T> type, Object... pairs) {
        return type.cast(build(type, pairs));
    }

    /** The pairs of {@code base} followed by {@code more} (later pairs win), for variations of one change. */
    public static Object[] plus(Object[] base, Object... more) {
        Object[] all = new Object[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    /** A column from (component, value) pairs. */
    public static ColumnConfig column(Object... pairs) {
        return (ColumnConfig) build(ColumnConfig.class, pairs);
    }

    private static Object build(Class<?> type, Object... pairs) {
        RecordShape shape = RecordShape.of(type);
        Object record = shape.create(AT, Map.of());
        for (int i = 0; i < pairs.length; i += 2) {
            record = shape.with(record, (String) pairs[i], pairs[i + 1]);
        }
        return record;
    }

    /** The offline dialect of a short name (PostgreSQL 16, MySQL 8.0, MariaDB 10.11, Oracle 19, H2 2.2). */
    public static Dialect dialect(String shortName) {
        return Dialects.named(shortName, null);
    }

    public static RenderContext context(String shortName) {
        return context(dialect(shortName), QuotingStrategy.LEGACY, Map.of(), Map.of());
    }

    public static RenderContext context(String shortName, QuotingStrategy quoting) {
        return context(dialect(shortName), quoting, Map.of(), Map.of());
    }

    /**
     * A context whose files are {@code files} (keyed by path, prefixed {@code rel:} when read
     * relative to the changelog) and whose properties expand {@code ${name}}.
     */
    public static RenderContext context(Dialect dialect, QuotingStrategy quoting, Map<String, String> files,
            Map<String, String> properties) {
        ResourceAccess access = (path, relative, from) -> {
            String text = files.get((relative ? "rel:" : "") + path);
            if (text == null) {
                throw new TidemarkException(ErrorCode.FILE_NOT_FOUND, from, "no file " + path, null);
            }
            return text.getBytes(StandardCharsets.UTF_8);
        };
        UnaryOperator<String> expand = text -> {
            String out = text;
            for (Map.Entry<String, String> p : properties.entrySet()) {
                out = out.replace("${" + p.getKey() + "}", p.getValue());
            }
            return out;
        };
        return new RenderContext(dialect, null, quoting, access, expand, true);
    }

    public static List<SqlStatement> statements(RenderContext ctx, Change change) {
        return new ChangeRenderer(ctx).render(change);
    }

    /** The SQL texts of a change, LEGACY quoting. */
    public static List<String> sql(String shortName, Change change) {
        return sql(context(shortName), change);
    }

    public static List<String> sql(RenderContext ctx, Change change) {
        return statements(ctx, change).stream().map(SqlStatement::sql).toList();
    }

    /** Asserts that rendering fails with the code and message, at the change's place; returns the exception. */
    public static TidemarkException assertRefused(String shortName, Change change, ErrorCode code, String message) {
        TidemarkException e = assertThrows(TidemarkException.class, () -> sql(shortName, change));
        assertEquals(code, e.code());
        assertEquals(message, e.getMessage());
        assertEquals(AT, e.location());
        return e;
    }
}
