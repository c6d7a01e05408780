// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.bench.compare;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Issue 5's comparison: Tidemark (its launcher and the plain jar), Liquibase 4.33.0, Flyway 13 and
 * the JDBC floor, each a process of its own, on generated changelogs, on PostgreSQL, MariaDB and
 * H2. Writes a Markdown table ({@link Report}). {@code bench/run.sh} builds everything and runs it;
 * the options are in {@link Options#USAGE}.
 */
public final class CompareBenchmark {
    private CompareBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Options o;
        try {
            o = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        Tool.Installation in = Tool.Installation.under(o.root(), o.buildDir());
        for (Path p : List.of(in.cliJar(), in.launcher(), in.benchClasses(), in.liquibaseLib(), in.flywayLib(),
                in.jdbcLib())) {
            if (!Files.exists(p)) {
                System.err.println(p + " is missing; build with: mvn -B -q -Pbench package -DskipTests -pl cli,bench -am");
                System.exit(2);
            }
        }
        List<Tool> all = Tool.all(in);
        List<Tool> tools = new ArrayList<>();
        for (String key : o.tools()) {
            tools.add(all.stream().filter(t -> t.key().equals(key)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown tool " + key)));
        }
        Tool floor = all.stream().filter(t -> t.key().equals("floor")).findFirst().orElseThrow();

        Machine machine = Machine.at(o.root());
        Files.createDirectories(o.work());
        ProcessRunner runner = new ProcessRunner(o.work().resolve("logs"), o.timeout());
        List<BenchDb> dbs = new ArrayList<>();
        Map<String, String> described = new LinkedHashMap<>();
        List<String> dialects = new ArrayList<>();
        for (String key : o.dbs()) {
            BenchDb db = BenchDb.named(key, o);
            dbs.add(db);
            described.put(db.key(), db.describe());
            dialects.add(db.dialectSpec());
        }
        Changelogs changelogs = new Changelogs(o.work().resolve("changelogs"), dialects);
        List<CaseResult> results = new ArrayList<>();
        // The results file is rewritten after every case, so a run stopped early keeps what it measured.
        Cases.Saver save = () -> {
            String md = new Report(o, machine.ended(), described, results).markdown();
            Files.createDirectories(o.out().getParent());
            Files.writeString(o.out(), md, StandardCharsets.UTF_8);
            return md;
        };
        for (BenchDb db : dbs) {
            System.err.println("== " + described.get(db.key()));
            new Cases(o, db, tools, floor, runner, changelogs, results, save).runAll();
        }
        String md = save.save();
        System.err.println("wrote " + o.out());
        System.out.print(md);
    }
}
