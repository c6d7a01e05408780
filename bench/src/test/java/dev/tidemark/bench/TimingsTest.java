// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class TimingsTest {

    @Test
    void of_oddCountTakesTheMiddleValue() {
        assertEquals(new Timings(1, 3, 9, 3), Timings.of(List.of(9.0, 1.0, 3.0)));
    }

    @Test
    void of_evenCountAveragesTheMiddleTwo() {
        assertEquals(new Timings(1, 2.5, 4, 4), Timings.of(List.of(4.0, 2.0, 3.0, 1.0)));
    }

    @Test
    void of_refusesNoMeasurements() {
        assertThrows(IllegalArgumentException.class, () -> Timings.of(List.of()));
    }
}
