// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.postgres;

import static dev.tidemark.dialect.QuotingStrategy.LEGACY;
import static dev.tidemark.dialect.QuotingStrategy.QUOTE_ALL_OBJECTS;
import static dev.tidemark.dialect.QuotingStrategy.QUOTE_ONLY_RESERVED_WORDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidemark.dialect.Dialects;
import dev.tidemark.dialect.Identifiers;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PostgresIdentifiersTest {
    private final Identifiers ids = Dialects.named("postgresql", null).identifiers();

    @Test
    void legacy_quotesReservedWordsOddNamesAndMixedCase() {
        assertEquals("\"order\"", ids.quote("order", LEGACY));
        assertEquals("\"user\"", ids.quote("user", LEGACY));
        assertEquals("\"ORDER\"", ids.quote("ORDER", LEGACY));
        assertEquals("\"MixedCase\"", ids.quote("MixedCase", LEGACY));
        assertEquals("UPPER", ids.quote("UPPER", LEGACY));
        assertEquals("\"with space\"", ids.quote("with space", LEGACY));
        assertEquals("\"x$y\"", ids.quote("x$y", LEGACY));
        assertEquals("\"1abc\"", ids.quote("1abc", LEGACY));
        assertEquals("\"q\"\"x\"", ids.quote("q\"x", LEGACY));
        assertEquals("value", ids.quote("value", LEGACY));
        assertEquals("_x", ids.quote("_x", LEGACY));
    }

    @Test
    void quoteOnlyReservedWords_leavesMixedCaseAlone() {
        assertEquals("MixedCase", ids.quote("MixedCase", QUOTE_ONLY_RESERVED_WORDS));
        assertEquals("\"select\"", ids.quote("select", QUOTE_ONLY_RESERVED_WORDS));
        assertEquals("\"with space\"", ids.quote("with space", QUOTE_ONLY_RESERVED_WORDS));
    }

    @Test
    void quoteAllObjects_keepsCase() {
        assertEquals("\"id\"", ids.quote("id", QUOTE_ALL_OBJECTS));
        assertEquals("\"MySchema\".\"order\"", ids.qualify("cat", "MySchema", "order", QUOTE_ALL_OBJECTS));
    }

    @Test
    void qualify_usesTheSchemaAndDropsTheCatalog() {
        assertEquals("public.t", ids.qualify("app", "public", "t", LEGACY));
        assertEquals("t", ids.qualify("app", null, "t", LEGACY));
        assertEquals("\"MySchema\".t", ids.qualify(null, "MySchema", "t", LEGACY));
    }

    @Test
    void foldsToLowerCase_andCountsLengthInBytes() {
        assertEquals("abc", ids.fold("ABC"));
        assertTrue(ids.isReserved("SYSTEM_USER"));
        assertEquals(Optional.of("'" + "é".repeat(32) + "' is 64 bytes long; the limit is 63"), ids.lengthProblem("é".repeat(32)));
    }
}
