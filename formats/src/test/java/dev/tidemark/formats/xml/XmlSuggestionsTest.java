// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.formats.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class XmlSuggestionsTest {

    @Test
    void closest_findsTyposTranspositionsAndCaseSlips() {
        List<String> allowed = List.of("nullable", "primaryKey", "unique", "tableName");
        assertEquals(Optional.of("nullable"), XmlSuggestions.closest("nulable", allowed));
        assertEquals(Optional.of("unique"), XmlSuggestions.closest("uinque", allowed));
        assertEquals(Optional.of("tableName"), XmlSuggestions.closest("tablename", allowed));
    }

    @Test
    void closest_offersNothingForUnrelatedNames() {
        assertEquals(Optional.empty(), XmlSuggestions.closest("purge", List.of("tableName", "schemaName")));
        assertEquals(Optional.empty(), XmlSuggestions.closest("x", List.of()));
    }

    @Test
    void distance_countsEditsAndAdjacentSwapsOnce() {
        assertEquals(1, XmlSuggestions.distance("ab", "ba"));
        assertEquals(3, XmlSuggestions.distance("kitten", "sitting"));
        assertEquals(0, XmlSuggestions.distance("", ""));
    }
}
