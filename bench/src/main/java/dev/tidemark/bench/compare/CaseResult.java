// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.bench.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The measured runs of one case on one database, per tool in turn order: round {@code i} of every
 * tool is one entry of its list (null where that run failed), so runs pair up by index. Also what
 * the schema check found, and why a tool has no figures.
 */
final class CaseResult {
    private final String db;
    private final String key;
    private final String title;
    private final Map<String, String> labels = new LinkedHashMap<>();
    private final Map<String, List<Measured>> runs = new LinkedHashMap<>();
    private final Map<String, String> failures = new LinkedHashMap<>();
    private final List<String> checkProblems = new ArrayList<>();
    private String checkSummary;
    private int checkedRuns;

    /**
     * @param key   what the targets look cases up by: {@code fresh-1000}, {@code noop}, {@code add10-top}
     * @param title the heading in the report
     */
    CaseResult(String db, String key, String title) {
        this.db = db;
        this.key = key;
        this.title = title;
    }

    String db() {
        return db;
    }

    String key() {
        return key;
    }

    String title() {
        return title;
    }

    void addTool(Tool tool) {
        labels.put(tool.key(), tool.label());
        runs.put(tool.key(), new ArrayList<>());
    }

    Map<String, String> labels() {
        return labels;
    }

    void add(String tool, Measured m) {
        runs.get(tool).add(m.ok() ? m : null);
    }

    void fail(String tool, String why) {
        failures.putIfAbsent(tool, why);
    }

    boolean failed(String tool) {
        return failures.containsKey(tool);
    }

    Map<String, String> failures() {
        return failures;
    }

    /** The successful measured runs of {@code tool}. */
    List<Measured> ok(String tool) {
        List<Measured> out = new ArrayList<>();
        for (Measured m : runs.getOrDefault(tool, List.of())) {
            if (m != null) {
                out.add(m);
            }
        }
        return out;
    }

    /** Seconds of {@code a} divided by those of {@code b}, round by round where both ran. */
    List<Double> pairRatios(String a, String b) {
        List<Measured> ra = runs.getOrDefault(a, List.of());
        List<Measured> rb = runs.getOrDefault(b, List.of());
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < Math.min(ra.size(), rb.size()); i++) {
            if (ra.get(i) != null && rb.get(i) != null) {
                out.add(ra.get(i).seconds() / rb.get(i).seconds());
            }
        }
        return out;
    }

    void checked(String summary) {
        checkSummary = summary;
        checkedRuns++;
    }

    void checkProblem(String problem) {
        checkProblems.add(problem);
    }

    /** Whether every checked run left the same schema (or there was nothing to check). */
    boolean schemaAgrees() {
        return checkProblems.isEmpty();
    }

    List<String> checkProblems() {
        return checkProblems;
    }

    /** What the check saw ({@code 412 tables, ...}) and in how many runs, or null when nothing was checked. */
    String checkSummary() {
        return checkSummary == null ? null : checkSummary + " (" + checkedRuns + " runs checked)";
    }
}
