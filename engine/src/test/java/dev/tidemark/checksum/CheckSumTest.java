// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.checksum;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CheckSumTest {

    @Test
    void parse_readsTheVersionPrefix() {
        CheckSum sum = CheckSum.parse("9:3d828f93c7594c31e5da979cbc268032");
        assertEquals(9, sum.version());
        assertEquals("3d828f93c7594c31e5da979cbc268032", sum.hex());
        assertEquals("9:3d828f93c7594c31e5da979cbc268032", sum.toString());
        assertEquals(new CheckSum(8, "29885bc9854106c40d48e6b1dc33111b"), CheckSum.parse("8:29885bc9854106c40d48e6b1dc33111b"));
    }

    @Test
    void parse_withoutPrefixIsVersionOne() {
        assertEquals(new CheckSum(1, "3d828f93c7594c31e5da979cbc268032"), CheckSum.parse("3d828f93c7594c31e5da979cbc268032"));
        assertEquals(new CheckSum(1, "ANY"), CheckSum.parse("ANY"));
        assertEquals(new CheckSum(1, "x:y"), CheckSum.parse("x:y"));
    }
}
