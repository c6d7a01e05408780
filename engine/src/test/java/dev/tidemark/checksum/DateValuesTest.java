// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.checksum;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Date reading keeps its formats per thread; a kept format must read every text as a new one
 * would, whatever it read before, in whatever zone.
 */
class DateValuesTest {
    private static final List<String> TEXTS = List.of("2024-01-31", "10:15:30", "2024-01-31 10:15:30", "2024-01-31T10:15:30",
            "2024-01-31T10:15:30.123456789", "2024-01-31 10:15:30.5", "2024-13-45", "2024-01-31T10:15:30+02:00",
            "Wed Jan 31 10:15:30 PST 2024", "Wed Jan 31 10:15:30 JST 2024", "Wed Jan 31 10:15:30 UTC 2024", "2024-03-10 02:30:00",
            "0001-01-01", "1582-10-10", "25:61:61", "NOW()", "2024-1-5", "12:00", "2024-01-31T10:15:30Z");
    private static final List<TimeZone> ZONES = List.of(TimeZone.getTimeZone("UTC"), TimeZone.getTimeZone("America/New_York"),
            TimeZone.getTimeZone("Asia/Tokyo"), TimeZone.getTimeZone("GMT+05:30"));

    /** Each text and zone read on a thread of its own, with formats made for it alone. */
    private static List<Optional<String>> eachOnAFreshThread(List<String> texts, TimeZone zone) throws Exception {
        List<Optional<String>> out = new ArrayList<>();
        for (String text : texts) {
            ExecutorService thread = Executors.newSingleThreadExecutor();
            try {
                Future<Optional<String>> result = thread.submit(() -> new DateValues(zone).format(text));
                out.add(result.get());
            } finally {
                thread.shutdown();
            }
        }
        return out;
    }

    @Test
    void keptFormats_readAsNewOnes_inAnyOrderAndZone() throws Exception {
        List<String> reversed = new ArrayList<>(TEXTS);
        Collections.reverse(reversed);
        for (TimeZone zone : ZONES) {
            List<Optional<String>> fresh = eachOnAFreshThread(TEXTS, zone);
            for (TimeZone other : ZONES) {
                // the formats of this thread have read other texts in another zone before
                TEXTS.forEach(new DateValues(other)::format);
                List<Optional<String>> kept = new ArrayList<>();
                TEXTS.forEach(text -> kept.add(new DateValues(zone).format(text)));
                assertEquals(fresh, kept, zone.getID() + " after " + other.getID());
            }
            List<Optional<String>> backwards = new ArrayList<>();
            reversed.forEach(text -> backwards.add(new DateValues(zone).format(text)));
            Collections.reverse(backwards);
            assertEquals(fresh, backwards, zone.getID() + " in reverse order");
        }
        assertEquals(Optional.of("2024-01-31T10:15:30"), new DateValues(TimeZone.getTimeZone("UTC")).format("2024-01-31 10:15:30"));
    }
}
