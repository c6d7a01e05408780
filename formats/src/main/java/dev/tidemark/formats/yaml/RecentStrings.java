// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.formats.yaml;

/**
 * The strings of the short scalars read lately, one per hash slot: a changelog spells the same keys
 * and values ({@code column}, {@code name}, {@code type}, {@code bigint}, {@code false}) tens of
 * thousands of times, and one string for each saves the copies, which are allocated, kept in the
 * tree and copied by the collector. A slot also keeps where its string was read, so that a
 * candidate is compared with the text, not with the string. One per {@link BlockParse}, so one
 * thread uses it.
 */
final class RecentStrings {
    private static final int SLOTS = 2048;
    /** Longer scalars are mostly names and text that do not recur. */
    private static final int LONGEST = 24;

    private final YamlText text;
    private final String[] strings = new String[SLOTS];
    private final int[] origins = new int[SLOTS];

    RecentStrings(YamlText text) {
        this.text = text;
    }

    /** The characters from {@code from} to {@code to} as a string, the one read before if it is still here. */
    String text(int from, int to) {
        int length = to - from;
        if (length > LONGEST) {
            return text.text(from, to);
        }
        int hash = text.hash(from, to);
        int slot = (hash ^ hash >>> 11) & (SLOTS - 1);
        String s = strings[slot];
        if (s == null || s.length() != length || !text.sameChars(origins[slot], from, length)) {
            s = text.text(from, to);
            strings[slot] = s;
            origins[slot] = from;
        }
        return s;
    }
}
