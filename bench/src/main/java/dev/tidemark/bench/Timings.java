// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Minimum, median and maximum of measured durations in milliseconds. */
record Timings(double min, double median, double max, int count) {

    /** The summary of {@code millis}; the median of an even count is the mean of the middle two. */
    static Timings of(List<Double> millis) {
        if (millis.isEmpty()) {
            throw new IllegalArgumentException("no measurements");
        }
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        int n = sorted.size();
        double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        return new Timings(sorted.get(0), median, sorted.get(n - 1), n);
    }
}
