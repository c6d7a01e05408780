// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tidemark.dialect.DatabaseVersion;
import dev.tidemark.dialect.Dialect;
import dev.tidemark.dialect.Dialects;
import dev.tidemark.dialect.QuotingStrategy;
import dev.tidemark.dialect.SchemaObjectFixtures;
import dev.tidemark.error.ErrorCode;
import dev.tidemark.error.TidemarkException;
import dev.tidemark.model.ColumnConfig;
import dev.tidemark.model.Constraints;
import dev.tidemark.model.change.Change;
import dev.tidemark.model.meta.RecordShape;
import java.util.List;
import java.util.Map;

/**
 * Columns, constraints and rendering at a chosen database version or quoting strategy, for the
 * table, column and data type generator tests (changes themselves come from
 * {@link SchemaObjectFixtures#change}).
 */
public final class ColumnFixtures {
    private ColumnFixtures() {
    }

    /** A column of the given name and type with more (component, value) pairs. */
    public static ColumnConfig col(String name, String type, Object... more) {
        return SchemaObjectFixtures.column(SchemaObjectFixtures.plus(new Object[] {"name", name, "type", type}, more));
    }

    /** Column constraints from (component, value) pairs. */
    public static Constraints constraints(Object... pairs) {
        return RecordShape.build(Constraints.class, SchemaObjectFixtures.AT, pairs);
    }

    /** The SQL of a change on a database at a version ("16", "10.6"), LEGACY quoting. */
    public static List<String> sqlAt(String shortName, String version, Change change) {
        return sql(Dialects.named(shortName, DatabaseVersion.parse(version)), QuotingStrategy.LEGACY, change);
    }

    /** The SQL of a change with a quoting strategy, at the offline default version. */
    public static List<String> sqlQuoted(String shortName, QuotingStrategy quoting, Change change) {
        return sql(Dialects.named(shortName, null), quoting, change);
    }

    public static List<String> sql(Dialect dialect, QuotingStrategy quoting, Change change) {
        return SchemaObjectFixtures.sql(SchemaObjectFixtures.context(dialect, quoting, Map.of(), Map.of()), change);
    }

    /** The database type for a changelog type. */
    public static String type(String shortName, String version, String changelogType) {
        return Dialects.named(shortName, DatabaseVersion.parse(version)).dataTypes().columnType(changelogType);
    }

    /** Asserts that rendering is refused as an invalid value with this message, at the change's place. */
    public static void assertInvalid(String shortName, Change change, String message) {
        SchemaObjectFixtures.assertRefused(shortName, change, ErrorCode.INVALID_VALUE, message);
    }

    /** Asserts that the type is refused with this message. */
    public static void assertTypeRefused(String shortName, String version, String changelogType, String message) {
        TidemarkException e = assertThrows(TidemarkException.class, () -> type(shortName, version, changelogType));
        assertEquals(ErrorCode.INVALID_VALUE, e.code());
        assertEquals(message, e.getMessage());
    }
}
