// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.bench.compare;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Issue 5's targets, judged from the measured cases, for both ways of running Tidemark. A target
 * stated at 10,000 changesets but measured at another size says so.
 */
final class Targets {
    private static final List<String> TIDEMARK = List.of("tidemark", "tidemark-jar");
    private static final int TARGET_SIZE = 10_000;

    private final List<CaseResult> results;
    private final int base;

    Targets(List<CaseResult> results, int base) {
        this.results = results;
        this.base = base;
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("| target | database | Tidemark (cli/bin/tidemark) | Tidemark (java -jar) |\n|---|---|---|---|\n");
        Set<String> dbs = new LinkedHashSet<>();
        results.forEach(r -> dbs.add(r.db()));
        int rows = 0;
        for (String db : dbs) {
            for (CaseResult r : of(db)) {
                if (r.key().startsWith("fresh-") && r.labels().containsKey("floor")) {
                    rows += row(md, "fresh update N = " + Cases.fmt(size(r)) + ": ≤ 1.3× the floor", db,
                            t -> ratioCell(r.pairRatios(t, "floor"), 1.3));
                }
            }
            for (CaseResult r : of(db)) {
                if (r.key().startsWith("fresh-") && r.labels().containsKey("liquibase")) {
                    rows += row(md, "fresh update N = " + Cases.fmt(size(r)) + ": ≥ 5× faster than Liquibase", db, t -> {
                        List<Double> ratios = r.pairRatios(t, "liquibase");
                        if (ratios.isEmpty()) {
                            return "no figures";
                        }
                        double faster = 1 / Report.median(ratios);
                        return String.format(Locale.ROOT, "%.1f× faster, %s", faster, faster >= 5 ? "met" : "**missed**");
                    });
                }
            }
            for (CaseResult r : of(db)) {
                if (r.key().startsWith("fresh-") && r.labels().containsKey("liquibase") && r.labels().containsKey("floor")) {
                    // For scale: a tool that runs the same statements cannot be much faster than the
                    // floor, so the 5x target needs Liquibase to be well over 5x the floor.
                    rows += row(md, "(for scale) fresh update N = " + Cases.fmt(size(r)) + ": the floor's speed-up over"
                            + " Liquibase (same in both columns)", db, t -> {
                                List<Double> ratios = r.pairRatios("floor", "liquibase");
                                return ratios.isEmpty() ? "no figures"
                                        : String.format(Locale.ROOT, "%.1f× faster", 1 / Report.median(ratios));
                            });
                }
            }
            CaseResult noop = find(db, "noop");
            if (noop != null) {
                rows += row(md, "no-op update, " + Cases.fmt(base) + " applied: < 1.0 s" + atSize(), db,
                        t -> secondsCell(noop, t, 1.0));
            }
            CaseResult top = find(db, "add10-top");
            CaseResult empty = find(db, "add10-empty");
            if (top != null && empty != null) {
                rows += row(md, "10 new on " + Cases.fmt(base) + " applied: ≤ 1.2× the same 10 on an empty history" + atSize(),
                        db, t -> {
                            if (top.ok(t).isEmpty() || empty.ok(t).isEmpty() || !top.schemaAgrees() || !empty.schemaAgrees()) {
                                return "no figures";
                            }
                            double ratio = Report.median(seconds(top, t)) / Report.median(seconds(empty, t));
                            return String.format(Locale.ROOT, "%.2f s ÷ %.2f s = %.2f×, %s", Report.median(seconds(top, t)),
                                    Report.median(seconds(empty, t)), ratio, ratio <= 1.2 ? "met" : "**missed**");
                        });
            }
            CaseResult start = find(db, "start");
            if (top != null && empty != null && noop != null && start != null) {
                // What the 10 changesets themselves cost: each run less the same process doing nothing
                // (no-op on the same history, JVM start for the empty one). The literal target above
                // also counts reading the 10,010-changeset changelog, which the empty case does not.
                rows += row(md, "10 new on " + Cases.fmt(base) + " applied, the 10 changesets' own time: "
                        + "(add 10 − no-op) ≤ 1.2× (same 10 on an empty history − JVM start)" + atSize(), db, t -> {
                            if (top.ok(t).isEmpty() || empty.ok(t).isEmpty() || noop.ok(t).isEmpty() || start.ok(t).isEmpty()) {
                                return "no figures";
                            }
                            double onTop = Report.median(seconds(top, t)) - Report.median(seconds(noop, t));
                            double onEmpty = Report.median(seconds(empty, t)) - Report.median(seconds(start, t));
                            double ratio = onTop / onEmpty;
                            return String.format(Locale.ROOT, "%.2f s ÷ %.2f s = %.2f×, %s", onTop, onEmpty, ratio,
                                    ratio <= 1.2 ? "met" : "**missed**");
                        });
            }
            if (start != null && db.equals(dbs.iterator().next())) {
                rows += row(md, "JVM start (--version): < 0.3 s", "any", t -> secondsCell(start, t, 0.3));
            }
            CaseResult sql = find(db, "update-sql");
            if (sql != null) {
                rows += row(md, "update-sql offline, " + Cases.fmt(base) + " changesets: < 1.5 s" + atSize(), db,
                        t -> secondsCell(sql, t, 1.5));
            }
            List<CaseResult> large = new ArrayList<>();
            for (CaseResult r : of(db)) {
                if (r.key().equals("fresh-" + TARGET_SIZE) || (base == TARGET_SIZE && (r.key().equals("noop")
                        || r.key().equals("add10-top") || r.key().equals("update-sql")))) {
                    large.add(r);
                }
            }
            if (!large.isEmpty()) {
                rows += row(md, "peak RSS at 10,000 (fresh, no-op, add 10, update-sql): < 256 MB", db, t -> {
                    double rss = 0;
                    for (CaseResult r : large) {
                        for (Measured m : r.ok(t)) {
                            rss = Math.max(rss, m.rssMb());
                        }
                    }
                    return rss == 0 ? "no figures"
                            : String.format(Locale.ROOT, "%.0f MB, %s", rss, rss < 256 ? "met" : "**missed**");
                });
            }
        }
        if (rows == 0) {
            md.append("| (no case of this run bears on a target) | | | |\n");
        }
        return md.toString();
    }

    private interface Cell {
        String of(String tool);
    }

    private static int row(StringBuilder md, String target, String db, Cell cell) {
        md.append("| ").append(target).append(" | ").append(db);
        for (String t : TIDEMARK) {
            md.append(" | ").append(cell.of(t));
        }
        md.append(" |\n");
        return 1;
    }

    private String atSize() {
        return base == TARGET_SIZE ? "" : " (target stated at 10,000)";
    }

    private static String ratioCell(List<Double> ratios, double limit) {
        if (ratios.isEmpty()) {
            return "no figures";
        }
        double ratio = Report.median(ratios);
        return String.format(Locale.ROOT, "%.2f×, %s", ratio, ratio <= limit ? "met" : "**missed**");
    }

    private static String secondsCell(CaseResult r, String tool, double limit) {
        if (r.ok(tool).isEmpty() || !r.schemaAgrees()) {
            return "no figures";
        }
        double median = Report.median(seconds(r, tool));
        return String.format(Locale.ROOT, "%.2f s, %s", median, median < limit ? "met" : "**missed**");
    }

    private static List<Double> seconds(CaseResult r, String tool) {
        return r.ok(tool).stream().map(Measured::seconds).toList();
    }

    private List<CaseResult> of(String db) {
        return results.stream().filter(r -> r.db().equals(db)).toList();
    }

    private CaseResult find(String db, String key) {
        return results.stream().filter(r -> r.db().equals(db) && r.key().equals(key)).findFirst().orElse(null);
    }

    private static int size(CaseResult r) {
        return Integer.parseInt(r.key().substring("fresh-".length()));
    }
}
