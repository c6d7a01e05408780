// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.bench.compare;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The comparison's settings, from {@code --name value} arguments (see {@link #USAGE}).
 *
 * @param dbs      databases to run on
 * @param cases    cases to run
 * @param sizes    changelog sizes of the fresh-update case
 * @param base     the applied history of the no-op, add-10, validate, status and update-sql cases
 * @param reps     measured runs per tool and case
 * @param warmup   unmeasured runs per tool and case before them
 * @param tools    tool keys, in the order they take turns
 * @param format   changelog format Tidemark and Liquibase read
 * @param root     the repository root
 * @param buildDir Maven's output folder name (target)
 * @param work     scratch folder (changelogs, H2 files, process logs)
 * @param out      the Markdown results file
 * @param command  the command line to print in the results
 * @param pgUrl    PostgreSQL admin URL (its database is only used to create and drop the runs' ones)
 * @param mariadbUrl MariaDB admin URL
 * @param timeout  seconds before a tool process is given up
 */
record Options(List<String> dbs, List<String> cases, List<Integer> sizes, int base, int reps, int warmup,
        List<String> tools, String format, Path root, String buildDir, Path work, Path out, String command,
        String pgUrl, String mariadbUrl, long timeout) {

    static final List<String> ALL_CASES = List.of("fresh", "noop", "add10", "update-sql", "validate", "status", "start");

    static final String USAGE = String.join("\n",
            "usage: CompareBenchmark [--name value]...",
            "  --db         postgresql,mariadb,h2          databases",
            "  --cases      " + String.join(",", ALL_CASES),
            "  --n          100,1000,5000,10000            sizes of the fresh-update case",
            "  --base       10000                          applied changesets for noop, add10, validate, status, update-sql",
            "  --reps       5                              measured runs per tool and case",
            "  --warmup     1                              unmeasured runs per tool and case before them",
            "  --tools      tidemark,tidemark-jar,liquibase,flyway,floor   (in the order they take turns)",
            "  --format     yaml                           changelog format (yaml, json, xml)",
            "  --root       .                              repository root",
            "  --build-dir  target                         Maven output folder name",
            "  --work       /tmp/tidemark-compare          scratch folder",
            "  --out        bench/results/compare.md       results file",
            "  --command    (printed in the results)       the command that ran this",
            "  --pg-url     jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres",
            "  --mariadb-url jdbc:mariadb://127.0.0.1:3306/mysql?user=root",
            "  --timeout    3600                           seconds before a tool process is given up");

    static Options parse(String[] args) {
        List<String> dbs = List.of("postgresql", "mariadb", "h2");
        List<String> cases = ALL_CASES;
        List<Integer> sizes = List.of(100, 1_000, 5_000, 10_000);
        int base = 10_000;
        int reps = 5;
        int warmup = 1;
        List<String> tools = List.of("tidemark", "tidemark-jar", "liquibase", "flyway", "floor");
        String format = "yaml";
        Path root = Path.of(".");
        String buildDir = "target";
        Path work = Path.of("/tmp/tidemark-compare");
        Path out = null;
        String command = null;
        String pgUrl = "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres";
        String mariadbUrl = "jdbc:mariadb://127.0.0.1:3306/mysql?user=root";
        long timeout = 3600;
        if (args.length % 2 != 0) {
            throw new IllegalArgumentException("options come as --name value pairs\n" + USAGE);
        }
        for (int i = 0; i < args.length; i += 2) {
            String v = args[i + 1];
            switch (args[i]) {
                case "--db": dbs = list(v); break;
                case "--cases": cases = list(v); break;
                case "--n": sizes = list(v).stream().map(Integer::parseInt).toList(); break;
                case "--base": base = Integer.parseInt(v); break;
                case "--reps": reps = Integer.parseInt(v); break;
                case "--warmup": warmup = Integer.parseInt(v); break;
                case "--tools": tools = list(v); break;
                case "--format": format = v; break;
                case "--root": root = Path.of(v); break;
                case "--build-dir": buildDir = v; break;
                case "--work": work = Path.of(v); break;
                case "--out": out = Path.of(v); break;
                case "--command": command = v; break;
                case "--pg-url": pgUrl = v; break;
                case "--mariadb-url": mariadbUrl = v; break;
                case "--timeout": timeout = Long.parseLong(v); break;
                default: throw new IllegalArgumentException("unknown option " + args[i] + "\n" + USAGE);
            }
        }
        for (String c : cases) {
            if (!ALL_CASES.contains(c)) {
                throw new IllegalArgumentException("unknown case " + c + "; known: " + String.join(",", ALL_CASES));
            }
        }
        if (reps < 1 || warmup < 0 || base < 1) {
            throw new IllegalArgumentException("--reps must be at least 1, --warmup at least 0, --base at least 1");
        }
        root = root.toAbsolutePath().normalize();
        work = work.toAbsolutePath().normalize();
        out = out == null ? root.resolve("bench/results/compare.md") : out.toAbsolutePath();
        if (command == null) {
            command = "java -cp bench/target/tidemark-bench.jar dev.tidemark.bench.compare.CompareBenchmark "
                    + String.join(" ", Arrays.asList(args));
        }
        return new Options(dbs, cases, sizes, base, reps, warmup, tools, format.toLowerCase(Locale.ROOT), root,
                buildDir, work, out, command, pgUrl, mariadbUrl, timeout);
    }

    private static List<String> list(String v) {
        List<String> out = new ArrayList<>();
        for (String s : v.split(",")) {
            if (!s.isBlank()) {
                out.add(s.trim());
            }
        }
        return List.copyOf(out);
    }

    boolean runs(String c) {
        return cases.contains(c);
    }
}
