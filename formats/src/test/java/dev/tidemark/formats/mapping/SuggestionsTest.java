// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.formats.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    @Test
    void closest_findsTyposTranspositionsAndCaseSlips() {
        List<String> allowed = List.of("nullable", "primaryKey", "unique", "tableName");
        assertEquals(Optional.of("nullable"), Suggestions.closest("nulable", allowed));
        assertEquals(Optional.of("unique"), Suggestions.closest("uinque", allowed));
        assertEquals(Optional.of("tableName"), Suggestions.closest("tablename", allowed));
    }

    @Test
    void closest_offersNothingForUnrelatedNames() {
        assertEquals(Optional.empty(), Suggestions.closest("purge", List.of("tableName", "schemaName")));
        assertEquals(Optional.empty(), Suggestions.closest("x", List.of()));
    }

    @Test
    void distance_countsEditsAndAdjacentSwapsOnce() {
        assertEquals(1, Suggestions.distance("ab", "ba"));
        assertEquals(3, Suggestions.distance("kitten", "sitting"));
        assertEquals(0, Suggestions.distance("", ""));
    }
}
