// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.bench.compare;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs one tool process under GNU time ({@code /usr/bin/time -f %M}) for its peak RSS, timing it
 * with the wall clock from start to exit. Output goes to a log file, whose tail is kept when the
 * process fails.
 */
final class ProcessRunner {
    private static final Path GNU_TIME = Path.of("/usr/bin/time");
    private final Path logs;
    private final long timeoutSeconds;
    private int count;

    ProcessRunner(Path logs, long timeoutSeconds) throws IOException {
        if (!Files.isExecutable(GNU_TIME)) {
            throw new IOException("the comparison needs GNU time at /usr/bin/time for the peak RSS; "
                    + "on Debian or Ubuntu: apt-get install -y time");
        }
        this.logs = Files.createDirectories(logs);
        this.timeoutSeconds = timeoutSeconds;
    }

    /** Runs {@code command} in {@code workDir} with {@code env} added; {@code label} names its log. */
    Measured run(String label, List<String> command, Path workDir, Map<String, String> env)
            throws IOException, InterruptedException {
        Path log = logs.resolve(String.format("%05d-%s.log", ++count, label.replaceAll("[^A-Za-z0-9_.-]", "_")));
        Path rss = Files.createTempFile(logs, "rss", ".txt");
        List<String> full = new ArrayList<>(List.of(GNU_TIME.toString(), "-f", "%M", "-o", rss.toString()));
        full.addAll(command);
        Files.writeString(log, "$ " + String.join(" ", command) + "\n", StandardCharsets.UTF_8);
        ProcessBuilder pb = new ProcessBuilder(full).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.environment().putAll(env);
        long start = System.nanoTime();
        Process p = pb.start();
        boolean finished = p.waitFor(timeoutSeconds, TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (!finished) {
            p.destroyForcibly().waitFor();
            return new Measured(seconds, 0, -1, "timed out after " + timeoutSeconds + " s; log " + log);
        }
        int exit = p.exitValue();
        List<String> rssLines = Files.readAllLines(rss);
        Files.deleteIfExists(rss);
        double rssMb = 0;
        String last = rssLines.isEmpty() ? "" : rssLines.get(rssLines.size() - 1).trim();
        if (last.matches("\\d+")) {
            rssMb = Long.parseLong(last) / 1024.0;
        }
        if (exit != 0) {
            return new Measured(seconds, rssMb, exit, "exit " + exit + "; log " + log + ":\n" + tail(log, 15));
        }
        return new Measured(seconds, rssMb, 0, null);
    }

    /** The log's last {@code lines} lines. */
    static String tail(Path log, int lines) throws IOException {
        List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }
}
