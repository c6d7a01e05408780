// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.execute;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

/**
 * Work over a long list split into consecutive slices, each on a daemon thread of its own, one per
 * core (at most four): checksums and rendering of a long changelog. Short lists stay on one thread,
 * where starting threads would cost more than it saves. Results come back in list order.
 */
public final class Slices {
    private static final int MAX_SLICES = 4;

    private Slices() {
    }

    /** How many slices a list of {@code size} items gets when each slice should hold at least {@code minimum}. */
    static int count(int size, int minimum) {
        int cores = Runtime.getRuntime().availableProcessors();
        return Math.max(1, Math.min(MAX_SLICES, Math.min(cores, size / Math.max(1, minimum))));
    }

    /**
     * Starts {@code work} on each slice of {@code items}; the future completes with the slices'
     * results in order, or with the first failure.
     *
     * @param minimum the fewest items worth a thread of their own
     */
    public static <T, R> CompletableFuture<List<R>> start(List<T> items, int minimum, String threadName,
            Function<List<T>, R> work) {
        int slices = count(items.size(), minimum);
        java.util.concurrent.Executor ownThread = ownThread(threadName);
        List<CompletableFuture<R>> parts = new ArrayList<>(slices);
        for (int i = 0; i < slices; i++) {
            List<T> slice = items.subList(items.size() * i / slices, items.size() * (i + 1) / slices);
            parts.add(slices == 1 ? now(work, slice) : CompletableFuture.supplyAsync(() -> work.apply(slice), ownThread));
        }
        return CompletableFuture.allOf(parts.toArray(new CompletableFuture<?>[0]))
                .thenApply(done -> parts.stream().map(CompletableFuture::join).toList());
    }

    /**
     * Starts {@code work} on a daemon thread of its own, so that the caller can do something else
     * meanwhile; with {@code inline} it runs at once on the caller's thread instead (too little
     * work to be worth a thread).
     */
    public static <R> CompletableFuture<R> background(String threadName, boolean inline, java.util.function.Supplier<R> work) {
        if (inline) {
            return now(items -> work.get(), List.of());
        }
        return CompletableFuture.supplyAsync(work, ownThread(threadName));
    }

    /** Runs each task on a new daemon thread: a run is short, and a pool would outlive it. */
    private static java.util.concurrent.Executor ownThread(String threadName) {
        return task -> {
            Thread t = new Thread(task, threadName);
            t.setDaemon(true);
            t.start();
        };
    }

    /** One slice on the caller's thread, its failure kept in the future like a thread's. */
    private static <T, R> CompletableFuture<R> now(Function<List<T>, R> work, List<T> slice) {
        try {
            return CompletableFuture.completedFuture(work.apply(slice));
        } catch (RuntimeException | Error e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** As {@link #start}, waiting for the results; a slice's runtime exception is thrown as it was. */
    public static <T, R> List<R> run(List<T> items, int minimum, String threadName, Function<List<T>, R> work) {
        return join(start(items, minimum, threadName, work));
    }

    /** The future's value; a runtime exception it failed with is thrown as it was. */
    public static <R> R join(CompletableFuture<R> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException) {
                throw (RuntimeException) e.getCause();
            }
            if (e.getCause() instanceof Error) {
                throw (Error) e.getCause();
            }
            throw e;
        }
    }
}
