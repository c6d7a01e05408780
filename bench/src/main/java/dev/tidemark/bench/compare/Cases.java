// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.bench.compare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The cases on one database. Every case runs the tools in turn (A B C A B C ...), first the
 * warm-up rounds and then the measured ones, each run on a database of its own where the case
 * changes one, and checks after every update that the schema equals the one the first tool left.
 */
final class Cases {
    /** How one case prepares a run and cleans up after it. */
    private interface Spec {
        /** Prepares {@code tool}'s run: the database it works on (null when none) and what it reads. */
        Prepared prepare(Tool tool, int round) throws Exception;

        /** Cleans up after a run; {@code last} is the tool's last round. */
        default void after(Tool tool, Prepared p, boolean last) throws Exception {
        }
    }

    private record Prepared(Tool.Invocation at, String database) {
    }

    /** Writes the results so far; returns the Markdown. */
    interface Saver {
        String save() throws java.io.IOException;
    }

    private final Options o;
    private final BenchDb db;
    private final List<Tool> tools;
    private final Tool floor;
    private final ProcessRunner runner;
    private final Changelogs changelogs;
    private final List<CaseResult> results;
    private final Path cwd;
    private final Saver saver;
    /** The database each tool's run of {@code o.base()} changesets left, for the cases on an applied history. */
    private final Map<String, String> bases = new HashMap<>();
    /** The first schema seen per comparison key; later runs must equal it. */
    private final Map<String, SchemaSnapshot> references = new HashMap<>();

    Cases(Options o, BenchDb db, List<Tool> tools, Tool floor, ProcessRunner runner, Changelogs changelogs,
            List<CaseResult> results, Saver saver) throws IOException {
        this.saver = saver;
        this.o = o;
        this.db = db;
        this.tools = tools;
        this.floor = floor;
        this.runner = runner;
        this.changelogs = changelogs;
        this.results = results;
        this.cwd = Files.createDirectories(o.work().resolve("cwd"));
    }

    void runAll() throws Exception {
        try {
            if (o.runs("fresh")) {
                for (int n : o.sizes()) {
                    fresh(n);
                }
            }
            if (o.runs("noop")) {
                onBase("noop", "no-op update, " + fmt(o.base()) + " applied", Tool.Action.UPDATE, true);
            }
            if (o.runs("status")) {
                onBase("status", "status, " + fmt(o.base()) + " applied", Tool.Action.STATUS, false);
            }
            if (o.runs("validate")) {
                onBase("validate", "validate, " + fmt(o.base()) + " applied", Tool.Action.VALIDATE, false);
            }
            if (o.runs("add10")) {
                addTen();
            }
            if (o.runs("update-sql")) {
                updateSql();
            }
            if (o.runs("start")) {
                start();
            }
        } finally {
            for (String name : bases.values()) {
                db.drop(name);
            }
        }
    }

    private void fresh(int n) throws Exception {
        Path dir = changelogs.full(n);
        run(new CaseResult(db.key(), "fresh-" + n, "fresh update, N = " + fmt(n)), Tool.Action.UPDATE,
                "fresh-" + n, new Spec() {
                    @Override
                    public Prepared prepare(Tool tool, int round) throws Exception {
                        String name = BenchDb.safeName("tmb", db.key(), "fresh" + n, tool.key(), "r" + round);
                        db.create(name);
                        return new Prepared(new Tool.Invocation(dir, o.format(), db.url(name), db.key(), null), name);
                    }

                    @Override
                    public void after(Tool tool, Prepared p, boolean last) throws Exception {
                        if (last && n == o.base() && !bases.containsKey(tool.key())) {
                            bases.put(tool.key(), p.database());
                        } else {
                            db.drop(p.database());
                        }
                    }
                });
    }

    /** No-op update, status or validate on the database where each tool applied {@code o.base()} changesets. */
    private void onBase(String key, String title, Tool.Action action, boolean check) throws Exception {
        Path dir = changelogs.full(o.base());
        run(new CaseResult(db.key(), key, title), action, check ? "fresh-" + o.base() : null, (tool, round) -> {
            String name = base(tool);
            return new Prepared(new Tool.Invocation(dir, o.format(), db.url(name), db.key(), null), name);
        });
    }

    /**
     * Ten new changesets on top of {@code o.base()} applied ones (a copy of the tool's base per run),
     * then the same ten on the same schema with an empty history (a copy of the floor's base, its
     * history emptied): what the history costs.
     */
    private void addTen() throws Exception {
        Path full = changelogs.full(o.base() + 10);
        Path tail = changelogs.tail(o.base());
        run(new CaseResult(db.key(), "add10-top", "10 new changesets on " + fmt(o.base()) + " applied"),
                Tool.Action.UPDATE, "add10", new Spec() {
                    @Override
                    public Prepared prepare(Tool tool, int round) throws Exception {
                        String name = BenchDb.safeName("tmb", db.key(), "top", tool.key());
                        db.copy(base(tool), name);
                        return new Prepared(new Tool.Invocation(full, o.format(), db.url(name), db.key(), null), name);
                    }

                    @Override
                    public void after(Tool tool, Prepared p, boolean last) throws Exception {
                        db.drop(p.database());
                    }
                });
        run(new CaseResult(db.key(), "add10-empty", "the same 10 changesets, same schema, empty history"),
                Tool.Action.UPDATE, "add10", new Spec() {
                    @Override
                    public Prepared prepare(Tool tool, int round) throws Exception {
                        String name = BenchDb.safeName("tmb", db.key(), "empty", tool.key());
                        db.copy(base(floor), name);
                        db.execute(name, "DELETE FROM " + FloorMain.HISTORY);
                        return new Prepared(new Tool.Invocation(tail, o.format(), db.url(name), db.key(), null), name);
                    }

                    @Override
                    public void after(Tool tool, Prepared p, boolean last) throws Exception {
                        db.drop(p.database());
                    }
                });
    }

    private void updateSql() throws Exception {
        Path dir = changelogs.full(o.base());
        Path scripts = Files.createDirectories(o.work().resolve("scripts"));
        String offline = db.offlineUrl();
        CaseResult result = new CaseResult(db.key(), "update-sql", "update-sql offline, N = " + fmt(o.base()));
        Map<String, Path> written = new LinkedHashMap<>();
        run(result, Tool.Action.UPDATE_SQL, null, new Spec() {
            @Override
            public Prepared prepare(Tool tool, int round) throws IOException {
                // Liquibase keeps an offline database's history in databasechangelog.csv in its working
                // folder; left over from an earlier run, it would make the script empty.
                Files.deleteIfExists(cwd.resolve("databasechangelog.csv"));
                Path out = scripts.resolve(db.key() + "-" + tool.key() + ".sql");
                written.put(tool.key(), out);
                return new Prepared(new Tool.Invocation(dir, o.format(), offline, db.key(), out), null);
            }
        });
        // The scripts must hold the same changes: as many CREATE TABLE, ALTER TABLE, CREATE INDEX, INSERT INTO.
        Map<String, String> counts = new LinkedHashMap<>();
        for (Map.Entry<String, Path> e : written.entrySet()) {
            if (Files.exists(e.getValue()) && !result.failed(e.getKey())) {
                counts.put(e.getKey(), ScriptCounts.of(e.getValue()));
            }
        }
        if (counts.values().stream().distinct().count() > 1) {
            result.checkProblem("the scripts differ in statements: " + counts);
        } else if (!counts.isEmpty()) {
            result.checked("statements per script: " + counts.values().iterator().next());
        }
    }

    private void start() throws Exception {
        Path dir = changelogs.full(Math.min(o.base(), 100));
        run(new CaseResult(db.key(), "start", "JVM start (--version)"), Tool.Action.VERSION, null,
                (tool, round) -> new Prepared(new Tool.Invocation(dir, o.format(), "", db.key(), null), null));
    }

    /** The database where {@code tool} applied {@code o.base()} changesets; made (untimed) when missing. */
    private String base(Tool tool) throws Exception {
        String name = bases.get(tool.key());
        if (name != null) {
            return name;
        }
        name = BenchDb.safeName("tmb", db.key(), "base", tool.key());
        db.create(name);
        Tool.Invocation at = new Tool.Invocation(changelogs.full(o.base()), o.format(), db.url(name), db.key(), null);
        System.err.println(db.key() + ": " + tool.key() + " applies " + o.base() + " changesets (setup, not timed)");
        Measured m = runner.run(db.key() + "-base-" + tool.key(), tool.command(Tool.Action.UPDATE, at).orElseThrow(),
                cwd, tool.environment());
        if (!m.ok()) {
            db.drop(name);
            throw new IOException("setting up " + tool.label() + "'s base of " + o.base() + " changesets failed: "
                    + m.failure());
        }
        bases.put(tool.key(), name);
        return name;
    }

    private void run(CaseResult result, Tool.Action action, String schemaKey, Spec spec) throws Exception {
        results.add(result);
        List<Tool> taking = new ArrayList<>();
        Tool.Invocation probe = new Tool.Invocation(o.work(), o.format(), "", db.key(), o.work());
        for (Tool t : tools) {
            Optional<List<String>> cmd = t.command(action, probe);
            if (cmd.isPresent()) {
                taking.add(t);
                result.addTool(t);
            }
        }
        int rounds = o.warmup() + o.reps();
        for (int round = 0; round < rounds; round++) {
            boolean measured = round >= o.warmup();
            for (Tool tool : taking) {
                if (result.failed(tool.key())) {
                    continue;
                }
                String label = db.key() + "-" + result.key() + "-" + tool.key() + "-r" + round;
                Prepared p;
                try {
                    p = spec.prepare(tool, round);
                } catch (Exception e) {
                    result.fail(tool.key(), "setup failed: " + e.getMessage());
                    continue;
                }
                Measured m = runner.run(label, tool.command(action, p.at()).orElseThrow(), cwd, tool.environment());
                System.err.printf(Locale.ROOT, "%s %-12s %-14s %s %7.2f s %5.0f MB%s%n", db.key(), result.key(),
                        tool.key(), measured ? "run   " : "warmup", m.seconds(), m.rssMb(), m.ok() ? "" : "  FAILED");
                if (!m.ok()) {
                    result.fail(tool.key(), m.failure());
                } else {
                    if (measured) {
                        result.add(tool.key(), m);
                    }
                    if (schemaKey != null && p.database() != null) {
                        check(result, schemaKey, tool, p.database());
                    }
                }
                spec.after(tool, p, round == rounds - 1);
            }
        }
        saver.save();
    }

    private void check(CaseResult result, String schemaKey, Tool tool, String database) throws SQLException {
        SchemaSnapshot seen = SchemaSnapshot.read(db.url(database));
        SchemaSnapshot reference = references.putIfAbsent(schemaKey, seen);
        if (reference == null || reference.equals(seen)) {
            result.checked(seen.summary());
        } else {
            result.checkProblem(tool.label() + " left another schema than the first tool: "
                    + String.join("; ", reference.differences(seen, 8)));
        }
    }

    static String fmt(int n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
