// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.formats.mapping;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean" hints: the closest known name within a small edit distance. */
public final class Suggestions {
    private Suggestions() {
    }

    /** The closest candidate to {@code written}, if one is close enough to be a likely typo. */
    public static Optional<String> closest(String written, Collection<String> candidates) {
        String lower = written.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            if (candidate.equals(written)) {
                continue;
            }
            int d = distance(lower, candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        int allowed = Math.max(2, written.length() / 3);
        if (best != null && bestDistance <= allowed) {
            return Optional.of(best);
        }
        // A shortened name ("cascade" for "cascadeConstraints") is far in edits but plain to a reader.
        String prefixed = null;
        for (String candidate : candidates) {
            if (lower.length() >= 4 && candidate.toLowerCase(Locale.ROOT).startsWith(lower)
                    && (prefixed == null || candidate.length() < prefixed.length())) {
                prefixed = candidate;
            }
        }
        return Optional.ofNullable(prefixed);
    }

    /** " (did you mean 'x'?)" or the empty string. */
    public static String hint(String written, Collection<String> candidates) {
        return closest(written, candidates).map(s -> "; did you mean '" + s + "'?").orElse("");
    }

    /** Levenshtein distance with adjacent transpositions. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
