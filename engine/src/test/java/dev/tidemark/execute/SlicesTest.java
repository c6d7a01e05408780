// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.execute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Slices keeps list order, uses threads only for long lists, and throws a slice's failure as it was. */
class SlicesTest {
    private static final List<Integer> THOUSAND = IntStream.range(0, 1000).boxed().toList();

    @Test
    void slicesTogetherCoverTheListInOrder() {
        List<List<Integer>> parts = Slices.run(THOUSAND, 100, "test-slices", List::copyOf);
        List<Integer> joined = new ArrayList<>();
        parts.forEach(joined::addAll);
        assertEquals(THOUSAND, joined);
        assertEquals(Slices.count(THOUSAND.size(), 100), parts.size());
    }

    @Test
    void aShortListStaysOnTheCallersThread() {
        Thread caller = Thread.currentThread();
        List<Thread> ran = Slices.run(List.of(1, 2, 3), 100, "test-slices", slice -> Thread.currentThread());
        assertEquals(List.of(caller), ran);
    }

    @Test
    void longListsRunOnNamedThreadsWhenThereAreSeveralCores() {
        Set<String> names = ConcurrentHashMap.newKeySet();
        Slices.run(THOUSAND, 1, "test-slices", slice -> names.add(Thread.currentThread().getName()));
        if (Runtime.getRuntime().availableProcessors() > 1) {
            assertEquals(Set.of("test-slices"), names);
        } else {
            assertTrue(names.size() == 1, "one core: one slice, on the caller's thread: " + names);
        }
    }

    @Test
    void aSlicesRuntimeExceptionIsThrownAsItWas() {
        IllegalStateException thrown = new IllegalStateException("slice failed");
        IllegalStateException caught = assertThrows(IllegalStateException.class,
                () -> Slices.run(THOUSAND, 1, "test-slices", slice -> {
                    if (slice.contains(999)) {
                        throw thrown;
                    }
                    return slice.size();
                }));
        assertSame(thrown, caught);
        IllegalStateException inline = assertThrows(IllegalStateException.class,
                () -> Slices.run(List.of(1), 100, "test-slices", slice -> {
                    throw thrown;
                }));
        assertSame(thrown, inline);
    }

    @Test
    void anErrorIsThrownAsItWas() {
        AssertionError error = new AssertionError("broken");
        assertSame(error, assertThrows(AssertionError.class, () -> Slices.run(THOUSAND, 1, "test-slices", slice -> {
            throw error;
        })));
    }

    @Test
    void backgroundWorkRunsInlineOrOnItsOwnThread() {
        Thread caller = Thread.currentThread();
        assertSame(caller, Slices.join(Slices.background("test-background", true, Thread::currentThread)));
        Thread other = Slices.join(Slices.background("test-background", false, Thread::currentThread));
        assertEquals("test-background", other.getName());
        assertTrue(other.isDaemon());
    }
}
