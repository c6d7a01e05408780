// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.oracle;

import static dev.tidemark.dialect.QuotingStrategy.LEGACY;
import static dev.tidemark.dialect.QuotingStrategy.QUOTE_ALL_OBJECTS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tidemark.dialect.DatabaseVersion;
import dev.tidemark.dialect.Dialects;
import dev.tidemark.dialect.Identifiers;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OracleIdentifiersTest {
    private final Identifiers ids = Dialects.named("oracle", null).identifiers();

    @Test
    void legacy_quotesOracleReservedWords_keepingTheirCase() {
        assertEquals("\"order\"", ids.quote("order", LEGACY));
        assertEquals("\"user\"", ids.quote("user", LEGACY));
        assertEquals("\"date\"", ids.quote("date", LEGACY));
        assertEquals("\"comment\"", ids.quote("comment", LEGACY));
        assertEquals("\"size\"", ids.quote("size", LEGACY));
        assertEquals("limit", ids.quote("limit", LEGACY));
        assertEquals("MixedCase", ids.quote("MixedCase", LEGACY));
    }

    @Test
    void legacy_quotesNamesOracleCannotReadUnquoted() {
        assertEquals("\"_x\"", ids.quote("_x", LEGACY));
        assertEquals("\"x$y\"", ids.quote("x$y", LEGACY));
        assertEquals("\"with space\"", ids.quote("with space", LEGACY));
    }

    @Test
    void qualify_prefersTheCatalog() {
        assertEquals("MyCat.t", ids.qualify("MyCat", "s", "t", LEGACY));
        assertEquals("\"app\".\"t\"", ids.qualify(null, "app", "t", QUOTE_ALL_OBJECTS));
    }

    @Test
    void namesAreLimitedTo30CharactersBefore12_2() {
        Identifiers old = Dialects.named("oracle", DatabaseVersion.parse("12.1")).identifiers();
        assertEquals(Optional.of("'" + "a".repeat(31) + "' is 31 characters long; the limit is 30"),
                old.lengthProblem("a".repeat(31)));
        assertEquals(Optional.empty(), ids.lengthProblem("a".repeat(128)));
        assertEquals("ABC", ids.fold("abc"));
    }
}
