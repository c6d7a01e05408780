// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.bench;

import dev.tidemark.error.Diagnostic;
import dev.tidemark.formats.ChangeLogParser;
import dev.tidemark.formats.ParseOptions;
import dev.tidemark.formats.ParseResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Measures reading a generated changelog in-process: for each format, {@value #WARM_UP} warm-up
 * parses, then {@value #MEASURED} timed ones (min/median/max wall milliseconds and the parsing
 * thread's CPU time, which a busy machine inflates less), the collectors' time and the largest heap
 * left after a collection, then the heap in use after a full GC while the last parse result is still
 * referenced. Prints a Markdown table on standard output, progress on standard error.
 *
 * <p>{@code java -Xmx256m -jar tidemark-bench.jar [N [file...]]} (N defaults to 10000; files default
 * to all three). Run it with the heap limit the target names, so a heap need above it fails with
 * OutOfMemoryError instead of passing.
 */
public final class ParseBenchmark {
    static final int WARM_UP = 5;
    static final int MEASURED = 10;
    static final double TARGET_MILLIS = 1000;
    private static final double MB = 1024.0 * 1024.0;

    /** One format's figures. */
    record Row(String file, long bytes, int changeSets, Timings timings, Timings cpu, long heapBaseline,
            long heapRetained, long maxHeapAfterGc, long gcMillis) {
    }

    private ParseBenchmark() {
    }

    /** {@code [N [file...]]}: N changesets (10000), only the named files (all three). */
    public static void main(String[] args) throws IOException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        List<String> only = Arrays.asList(args).subList(Math.min(1, args.length), args.length);
        HeapWatch watch = HeapWatch.install();
        Path dir = Files.createTempDirectory("tidemark-bench-");
        try {
            long start = System.nanoTime();
            List<Path> files = ChangeLogGenerator.standard().write(n, dir);
            System.err.printf(Locale.ROOT, "generated %d changesets in %s in %.1f s%n", n, dir,
                    (System.nanoTime() - start) / 1e9);
            List<Row> rows = new ArrayList<>();
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (only.isEmpty() || only.contains(name)) {
                    System.err.println("measuring " + name);
                    rows.add(measure(dir, name, watch));
                }
            }
            System.out.print(table(n, rows));
        } finally {
            deleteTree(dir);
        }
    }

    static Row measure(Path dir, String fileName, HeapWatch watch) throws IOException {
        for (int i = 0; i < WARM_UP; i++) {
            parse(dir, fileName);
        }
        long baseline = heapAfterGc();
        watch.reset();
        long gcBefore = HeapWatch.collectionMillis();
        List<Double> millis = new ArrayList<>();
        List<Double> cpuMillis = new ArrayList<>();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        ParseResult last = null;
        for (int i = 0; i < MEASURED; i++) {
            last = null; // the previous model must not count against this parse
            long cpu0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            last = parse(dir, fileName);
            millis.add((System.nanoTime() - t0) / 1e6);
            cpuMillis.add((threads.getCurrentThreadCpuTime() - cpu0) / 1e6);
        }
        long gcMillis = HeapWatch.collectionMillis() - gcBefore;
        long retained = heapAfterGc();
        // Collections are reported on another thread; give the last ones a moment to arrive.
        sleep(200);
        long maxAfterGc = Math.max(watch.maxAfterGc(), retained);
        int changeSets = last.orThrow().changeSets().size();
        Reference.reachabilityFence(last);
        return new Row(fileName, Files.size(dir.resolve(fileName)), changeSets, Timings.of(millis), Timings.of(cpuMillis), baseline,
                retained, maxAfterGc, gcMillis);
    }

    private static ParseResult parse(Path dir, String fileName) {
        ParseResult result = new ChangeLogParser(ParseOptions.isolated(dir)).parse(fileName);
        if (result.hasErrors()) {
            StringBuilder message = new StringBuilder("the generated " + fileName + " does not parse:");
            for (Diagnostic d : result.errors().subList(0, Math.min(10, result.errors().size()))) {
                message.append('\n').append(d);
            }
            throw new IllegalStateException(message.toString());
        }
        return result;
    }

    /** Heap in use after full collections; several, since one System.gc() may leave work for the next. */
    private static long heapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String table(int n, List<Row> rows) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "In-process parse of %d changesets: %d warm-up + %d measured parses "
                + "per format, max heap %.0f MB, %s.%n%n", n, WARM_UP, MEASURED,
                Runtime.getRuntime().maxMemory() / MB, ManagementFactory.getRuntimeMXBean().getVmName()));
        out.append("| file | size MB | changesets | min ms | median ms | max ms | median thread CPU ms "
                + "| GC ms per parse | max heap after a GC during parses MB | heap after GC, model retained MB "
                + "| model MB | target: median < 1000 ms |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (Row r : rows) {
            out.append(String.format(Locale.ROOT, "| %s | %.1f | %d | %.0f | %.0f | %.0f | %.0f | %.0f | %.1f | %.1f | %.1f | %s |%n",
                    r.file(), r.bytes() / MB, r.changeSets(), r.timings().min(), r.timings().median(),
                    r.timings().max(), r.cpu().median(), r.gcMillis() / (double) MEASURED, r.maxHeapAfterGc() / MB,
                    r.heapRetained() / MB, (r.heapRetained() - r.heapBaseline()) / MB, r.timings().median() < TARGET_MILLIS ? "met" : "MISSED"));
        }
        return out.toString();
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
