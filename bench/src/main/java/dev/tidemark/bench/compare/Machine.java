// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.bench.compare;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The circumstances of a run: when, on what, how busy, which JDK and source. */
record Machine(String date, int cpus, String cpuModel, String memory, String java, String source, String loadStart,
        String loadEnd) {

    static Machine at(Path root) throws IOException, InterruptedException {
        String cpu = "unknown CPU";
        for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
            if (line.startsWith("model name")) {
                cpu = line.substring(line.indexOf(':') + 1).trim();
                break;
            }
        }
        String memory = "unknown";
        for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
            if (line.startsWith("MemTotal:")) {
                long kb = Long.parseLong(line.replaceAll("\\D", ""));
                memory = String.format("%.1f GiB", kb / 1024.0 / 1024.0);
            }
        }
        String java = output(List.of("java", "-version"), root).replace('\n', ' ').trim();
        String commit = output(List.of("git", "-C", root.toString(), "rev-parse", "--short", "HEAD"), root).trim();
        boolean dirty = !output(List.of("git", "-C", root.toString(), "status", "--porcelain", "--untracked-files=no"),
                root).isBlank();
        return new Machine(ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")),
                Runtime.getRuntime().availableProcessors(), cpu, memory, java,
                "commit " + commit + (dirty ? " plus uncommitted changes" : ""), load(), null);
    }

    Machine ended() throws IOException {
        return new Machine(date, cpus, cpuModel, memory, java, source, loadStart, load());
    }

    /** Whether the 1-minute load at start or end exceeded the CPU count. */
    boolean busy() {
        return first(loadStart) > cpus || (loadEnd != null && first(loadEnd) > cpus);
    }

    private static double first(String load) {
        return Double.parseDouble(load.split(" ")[0]);
    }

    private static String load() throws IOException {
        String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
        return parts[0] + " " + parts[1] + " " + parts[2];
    }

    private static String output(List<String> command, Path dir) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }
}
