// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.bench.compare;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The results as Markdown: the run's circumstances, the targets, then per database one
 * table of every case and tool (median, min-max, peak RSS, Tidemark's ratios run by run).
 */
final class Report {
    private static final List<String> OTHERS = List.of("liquibase", "flyway", "floor");

    private final Options o;
    private final Machine machine;
    private final Map<String, String> databases;
    private final List<CaseResult> results;

    /** {@code databases}: database key to its product and version. */
    Report(Options o, Machine machine, Map<String, String> databases, List<CaseResult> results) {
        this.o = o;
        this.machine = machine;
        this.databases = new LinkedHashMap<>(databases);
        this.results = List.copyOf(results);
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Tidemark beside Liquibase 4.33.0, Flyway 13.12.1 and the JDBC floor\n\n");
        md.append("- date: ").append(machine.date()).append('\n');
        md.append("- command: `").append(o.command()).append("`\n");
        md.append("- source: ").append(machine.source()).append('\n');
        md.append("- machine: ").append(machine.cpus()).append(" CPUs (").append(machine.cpuModel()).append("), ")
                .append(machine.memory()).append(" memory\n");
        md.append("- load average (1, 5, 15 min) at start: ").append(machine.loadStart()).append("; at end: ")
                .append(machine.loadEnd()).append(machine.busy() ? " — **busier than the CPU count: figures are noisy**" : "")
                .append('\n');
        md.append("- java: ").append(machine.java()).append('\n');
        databases.forEach((k, v) -> md.append("- ").append(k).append(": ").append(v).append('\n'));
        md.append("- changelog: generated, seed 20250601 (40% createTable, 20% addColumn, 15% createIndex, 10% "
                + "addForeignKeyConstraint, 15% insert), read as ").append(o.format().toUpperCase(Locale.ROOT))
                .append(" by Tidemark and Liquibase; Flyway and the floor run the same SQL (rendered by Tidemark per database)\n");
        md.append("- runs: ").append(o.warmup()).append(" warm-up + ").append(o.reps())
                .append(" measured per tool and case, the tools taking turns; a fresh database per update run\n\n");
        md.append("Times are whole processes (JVM start included): median wall seconds, min–max, and the largest peak "
                + "RSS of the measured runs. Ratios are Tidemark's time over the other tool's, run by run (round i "
                + "with round i): their median, min–max. A case reports times only when every run left the same "
                + "tables, columns, indexes, foreign keys and row counts (each tool's own tracking tables aside).\n\n");
        md.append("## Targets (issue 5)\n\n");
        md.append(new Targets(results, o.base()).markdown());
        md.append("\n## Summary\n\n").append(summary());
        for (String db : databases.keySet()) {
            md.append("\n## ").append(databases.get(db)).append("\n\n");
            if (results.stream().noneMatch(r -> r.db().equals(db))) {
                md.append("(no case has run on it yet)\n");
                continue;
            }
            md.append("| case | tool | median s | min–max s | peak RSS MB | ÷ Liquibase | ÷ Flyway | ÷ floor |\n");
            md.append("|---|---|---:|---:|---:|---:|---:|---:|\n");
            List<String> notes = new ArrayList<>();
            for (CaseResult r : results) {
                if (r.db().equals(db)) {
                    rows(md, r, notes);
                }
            }
            if (!notes.isEmpty()) {
                md.append('\n');
                for (String n : notes) {
                    md.append("- ").append(n).append('\n');
                }
            }
        }
        return md.toString();
    }

    /**
     * One short table: per database and case, the median seconds of Tidemark's launcher, Liquibase,
     * Flyway and the floor, and the launcher's ratios to them run by run (median).
     */
    String summary() {
        StringBuilder md = new StringBuilder();
        md.append("| database | case | Tidemark s | Liquibase s | Flyway s | floor s | ÷ Liquibase | ÷ Flyway | ÷ floor |\n");
        md.append("|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (CaseResult r : results) {
            md.append("| ").append(r.db()).append(" | ").append(r.title());
            for (String tool : List.of("tidemark", "liquibase", "flyway", "floor")) {
                List<Measured> ok = r.schemaAgrees() ? r.ok(tool) : List.of();
                md.append(" | ").append(ok.isEmpty() ? "" : String.format(Locale.ROOT, "%.2f",
                        median(ok.stream().map(Measured::seconds).toList())));
            }
            for (String other : OTHERS) {
                List<Double> ratios = r.schemaAgrees() ? r.pairRatios("tidemark", other) : List.of();
                md.append(" | ").append(ratios.isEmpty() ? "" : String.format(Locale.ROOT, "%.2f", median(ratios)));
            }
            md.append(" |\n");
        }
        return md.toString();
    }

    private void rows(StringBuilder md, CaseResult r, List<String> notes) {
        boolean first = true;
        for (Map.Entry<String, String> tool : r.labels().entrySet()) {
            String key = tool.getKey();
            md.append("| ").append(first ? r.title() : "").append(" | ").append(tool.getValue()).append(" | ");
            first = false;
            List<Measured> ok = r.ok(key);
            if (!r.schemaAgrees()) {
                md.append("schemas differ | | | | | |\n");
                continue;
            }
            if (r.failed(key) || ok.isEmpty()) {
                md.append("failed | | | | | |\n");
                continue;
            }
            List<Double> secs = ok.stream().map(Measured::seconds).toList();
            md.append(String.format(Locale.ROOT, "%.2f | %.2f–%.2f | %.0f |", median(secs), Collections.min(secs),
                    Collections.max(secs), ok.stream().mapToDouble(Measured::rssMb).max().orElse(0)));
            for (String other : OTHERS) {
                md.append(' ');
                if (key.startsWith("tidemark") && r.labels().containsKey(other)) {
                    md.append(ratio(r.pairRatios(key, other)));
                }
                md.append(" |");
            }
            md.append('\n');
        }
        if (r.checkSummary() != null && r.schemaAgrees()) {
            notes.add(r.title() + ": every checked run agrees — " + r.checkSummary());
        }
        for (String p : r.checkProblems()) {
            notes.add(r.title() + ": **" + p + "**");
        }
        r.failures().forEach((tool, why) -> notes.add(r.title() + ": " + r.labels().get(tool) + " failed: "
                + why.replace('\n', ' ').replace("|", "\\|")));
    }

    /** {@code 0.21 (0.19–0.25)}, or empty when no run pairs up. */
    static String ratio(List<Double> ratios) {
        if (ratios.isEmpty()) {
            return "";
        }
        return String.format(Locale.ROOT, "%.2f (%.2f–%.2f)", median(ratios), Collections.min(ratios),
                Collections.max(ratios));
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
