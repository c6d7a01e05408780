// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.h2;

import static dev.tidemark.dialect.QuotingStrategy.LEGACY;
import static dev.tidemark.dialect.QuotingStrategy.QUOTE_ALL_OBJECTS;
import static dev.tidemark.dialect.QuotingStrategy.QUOTE_ONLY_RESERVED_WORDS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tidemark.dialect.Dialects;
import dev.tidemark.dialect.Identifiers;
import org.junit.jupiter.api.Test;

class H2IdentifiersTest {
    private final Identifiers ids = Dialects.named("h2", null).identifiers();

    @Test
    void legacy_quotesTheUpperCaseSpelling() {
        assertEquals("\"ORDER\"", ids.quote("order", LEGACY));
        assertEquals("\"VALUE\"", ids.quote("value", LEGACY));
        assertEquals("\"KEY\"", ids.quote("Key", QUOTE_ONLY_RESERVED_WORDS));
        assertEquals("\"WITH SPACE\"", ids.quote("with space", LEGACY));
        assertEquals("date", ids.quote("date", LEGACY));
        assertEquals("MixedCase", ids.quote("MixedCase", LEGACY));
    }

    @Test
    void quoteAll_keepsNamesButUpperCasesSchemas() {
        assertEquals("\"MYSCHEMA\".\"order\"", ids.qualify("cat", "MySchema", "order", QUOTE_ALL_OBJECTS));
        assertEquals("myschema.\"ORDER\"", ids.qualify("cat", "myschema", "order", LEGACY));
    }
}
