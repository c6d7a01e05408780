// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LiteralDateTest {

    private static LiteralDate parse(String text) {
        return LiteralDate.parse(text).orElseThrow();
    }

    @Test
    void parse_acceptsLiquibasesThreeForms() {
        assertEquals(new LiteralDate(LiteralDate.Kind.DATE, LocalDate.of(1965, 8, 1)), parse("1965-08-01"));
        assertEquals(new LiteralDate(LiteralDate.Kind.TIME, LocalTime.of(10, 15, 30)), parse("10:15:30"));
        assertEquals(new LiteralDate(LiteralDate.Kind.TIMESTAMP, LocalDateTime.of(2024, 1, 31, 10, 15, 30)), parse("2024-01-31T10:15:30"));
        assertEquals(parse("2024-01-31T10:15:30"), parse("2024-01-31 10:15:30"));
    }

    @Test
    void text_isWhatLiquibaseWritesInsideTheQuotes() {
        assertEquals("2024-01-31 10:15:30", parse("2024-01-31T10:15:30").text());
        assertEquals("2024-01-31 10:15:30", parse("2024-01-31T10:15:30.000").text());
        assertEquals("2024-01-31 10:15:30.1", parse("2024-01-31T10:15:30.100").text());
        assertEquals("2024-01-31 10:15:30.123456789", parse("2024-01-31 10:15:30.123456789").text());
        assertEquals("10:15:30", parse("10:15:30").text());
        assertEquals("0001-01-01", parse("0001-01-01").text());
    }

    @Test
    void hasFraction_onlyForNonZeroFractions() {
        assertTrue(parse("2024-01-31T10:15:30.5").hasFraction());
        assertFalse(parse("2024-01-31T10:15:30.0").hasFraction());
        assertFalse(parse("2024-01-31").hasFraction());
    }

    @Test
    void offsets_areConvertedToUtc() {
        assertEquals("2024-01-31 08:15:30", parse("2024-01-31T10:15:30+02:00").text());
        assertEquals("2024-02-01 03:00:00.5", parse("2024-01-31T22:00:00.5-05:00").text());
        assertEquals("2024-01-31 10:15:30", parse("2024-01-31T10:15:30Z").text());
    }

    @Test
    void parse_refusesImpossibleDatesThatLiquibaseRollsOver() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LiteralDate.parse("2024-02-30"));
        assertTrue(e.getMessage().startsWith("'2024-02-30' is not a valid date or time"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> LiteralDate.parse("2024-13-01"));
        assertThrows(IllegalArgumentException.class, () -> LiteralDate.parse("2024-01-31T25:00:00"));
    }

    @Test
    void parse_leavesOtherTextToBeAFunction() {
        assertEquals(Optional.empty(), LiteralDate.parse("NOW()"));
        assertEquals(Optional.empty(), LiteralDate.parse("CURRENT_TIMESTAMP"));
        assertEquals(Optional.empty(), LiteralDate.parse("2024-1-5"));
        assertEquals(Optional.empty(), LiteralDate.parse("2024-01-31T10:15:30.1234567891"));
    }

    @Test
    void looksLikeDate_isDigitsAndDatePunctuationOnly() {
        assertTrue(LiteralDate.looksLikeDate("2024-1-5"));
        assertTrue(LiteralDate.looksLikeDate("20240131"));
        assertTrue(LiteralDate.looksLikeDate("2024-01-31T10:15"));
        assertFalse(LiteralDate.looksLikeDate("NOW()"));
        assertFalse(LiteralDate.looksLikeDate("CURRENT_DATE"));
    }
}
