// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.formats.yaml;

import dev.tidemark.execute.Slices;
import dev.tidemark.formats.tree.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the items of a long top-level block list in consecutive slices, each on a thread of its
 * own: a changelog is one list of thousands of changesets, each read without regard to the others.
 * Where the items start is found from the lines' indentation alone; each slice then reads its
 * items with a {@link BlockParse} of its own (own scanner, own cache, own {@link ScalarKinds},
 * since SnakeYAML's resolver does not promise to be safe across threads) from the shared,
 * immutable {@link YamlText}, and must end exactly where the next slice begins. When a slice
 * declines or ends elsewhere, nothing of the slices is used: the list is read again on one thread,
 * which declines (or not) exactly as it always did.
 */
final class ListSlices {
    /** The fewest items worth a thread of their own: shorter lists are read faster on one. */
    private static final int MINIMUM_ITEMS = 250;
    private static final int MAX_SLICES = 4;

    private final int minimumItems;
    private final int maxSlices;

    /**
     * @param minimumItems the fewest items a slice gets
     * @param maxSlices the most slices a list is read in; 1 reads every list on one thread
     */
    ListSlices(int minimumItems, int maxSlices) {
        this.minimumItems = Math.max(1, minimumItems);
        this.maxSlices = Math.max(1, maxSlices);
    }

    /** One slice per core, at most four, each of at least {@value #MINIMUM_ITEMS} items. */
    static ListSlices perCore() {
        return new ListSlices(MINIMUM_ITEMS, Math.min(MAX_SLICES, Runtime.getRuntime().availableProcessors()));
    }

    /** Every list read on one thread. */
    static ListSlices none() {
        return new ListSlices(1, 1);
    }

    /** The items of a list and the first line after them. */
    record Items(List<Node> items, int next) {
    }

    /** A run of item start lines, {@code from} inclusive to {@code to} exclusive. */
    private record Range(int from, int to) {
    }

    /**
     * The items of the block list indented {@code indent} whose first item is on {@code line}, read
     * in slices; empty when the list is too short for slices, or when a slice declined or did not
     * end where the next begins.
     */
    Optional<Items> read(String path, YamlText text, int line, int indent, int depth) {
        if (maxSlices < 2) {
            return Optional.empty();
        }
        int[] starts = itemLines(text, line, indent);
        int count = Math.min(maxSlices, starts.length / minimumItems);
        if (count < 2) {
            return Optional.empty();
        }
        List<Range> ranges = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ranges.add(new Range(starts.length * i / count, starts.length * (i + 1) / count));
        }
        List<List<Optional<Items>>> parts = Slices.run(ranges, 1, "tidemark-yaml", slice -> {
            List<Optional<Items>> read = new ArrayList<>(slice.size());
            for (Range range : slice) {
                read.add(slice(path, text, starts, range, indent, depth));
            }
            return read;
        });
        List<Node> items = new ArrayList<>(starts.length);
        int next = -1;
        for (List<Optional<Items>> part : parts) {
            for (Optional<Items> slice : part) {
                if (slice.isEmpty()) {
                    return Optional.empty();
                }
                items.addAll(slice.get().items());
                next = slice.get().next();
            }
        }
        return Optional.of(new Items(items, next));
    }

    private static Optional<Items> slice(String path, YamlText text, int[] starts, Range range, int indent, int depth) {
        BlockParse parse = new BlockParse(path, text, new ScalarKinds(), null);
        List<Node> items = new ArrayList<>(range.to() - range.from());
        int stop = range.to() < starts.length ? starts[range.to()] : BlockParse.UNBOUNDED;
        return parse.items(starts[range.from()], indent, depth, stop, items)
                ? Optional.of(new Items(items, parse.next()))
                : Optional.empty();
    }

    /**
     * The lines the items of a block list start on, judged by indentation: a line of the list's
     * indentation that starts with {@code "- "}, until a line indented less or one of the same
     * indentation that is not an item. Blank and comment lines are passed over, as the reader
     * does; a block scalar's lines are indented deeper than the list, so none is taken for an item.
     */
    static int[] itemLines(YamlText text, int line, int indent) {
        return text.entryLines(line, indent);
    }
}
