// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.cli.sql;

import static org.junit.jupiter.api.Assertions.fail;

import dev.tidemark.dialect.DatabaseVersion;
import dev.tidemark.dialect.Dialects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tidemark's update-sql against Liquibase 4.33.0's, run in this process on the same parity fixture
 * (changelogs/parity/&lt;type&gt;/changelog.xml) for the same offline database. Per changeset the
 * statements must be equal after normalising (whitespace collapsed, lower case, trailing
 * semicolons, comment lines and {@code /} lines dropped, and on H2 the {@code PUBLIC.} Liquibase
 * puts before unqualified names); where they are not, docs/sql-differences.md must have a row for
 * the change type and database. A changeset either tool refuses (Liquibase's validation error,
 * Tidemark's UNSUPPORTED or INVALID_VALUE) compares as refused.
 */
class LiquibaseDifferentialTest {
    static final List<String> DATABASES = List.of("offline:postgresql?version=16", "offline:mysql", "offline:mariadb",
            "offline:oracle?version=19", "offline:h2");
    /** customChange runs a Java class Liquibase must load while parsing; Tidemark refuses it by design. */
    private static final Set<String> EXCLUDED = Set.of("customChange");
    private static final String CHANGELOG = "changelog.xml";
    /** The outcome per "changeType database", for {@link #writeReport}. */
    private static final Map<String, String> OUTCOMES = new ConcurrentSkipListMap<>();

    @TempDir
    static Path work;

    static Path repositoryRoot() {
        for (Path candidate : List.of(Path.of(".."), Path.of("."))) {
            if (Files.isDirectory(candidate.resolve("changelogs").resolve("parity"))) {
                return candidate.toAbsolutePath().normalize();
            }
        }
        throw new IllegalStateException("changelogs/parity not found from " + Path.of("").toAbsolutePath());
    }

    static Stream<Arguments> fixturesAndDatabases() throws IOException {
        List<String> types;
        try (Stream<Path> dirs = Files.list(repositoryRoot().resolve("changelogs").resolve("parity"))) {
            types = dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(n -> !EXCLUDED.contains(n)).sorted().toList();
        }
        List<Arguments> out = new ArrayList<>();
        for (String type : types) {
            for (String db : DATABASES) {
                out.add(Arguments.of(type, db));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("fixturesAndDatabases")
    void updateSql_equalsLiquibasesOrDifferenceIsDocumented(String changeType, String offlineUrl) throws IOException {
        Path folder = repositoryRoot().resolve("changelogs").resolve("parity").resolve(changeType);
        String db = TidemarkUpdateSql.shortName(offlineUrl);
        Path scratch = Files.createTempDirectory(work, changeType + "-" + db);
        Map<String, ScriptChangeSet> liquibase = new LiquibaseUpdateSql(scratch).run(folder, CHANGELOG, offlineUrl);
        Map<String, ScriptChangeSet> tidemark = TidemarkUpdateSql.run(folder, CHANGELOG, offlineUrl);

        String differences = differences(liquibase, tidemark, db.equals("h2"));
        String pair = changeType + " " + db;
        if (differences.isEmpty()) {
            OUTCOMES.put(pair, "equal");
            return;
        }
        DatabaseVersion version = Dialects.offline(offlineUrl).version();
        DocumentedDifferences documented = DocumentedDifferences.read(repositoryRoot().resolve("docs").resolve("sql-differences.md"));
        List<DocumentedDifferences.Row> rows = documented.rowsFor(changeType, db, version);
        if (!rows.isEmpty()) {
            OUTCOMES.put(pair, "documented (docs/sql-differences.md lines "
                    + rows.stream().map(r -> Integer.toString(r.line())).collect(Collectors.joining(", ")) + ")\n" + differences);
            return;
        }
        OUTCOMES.put(pair, "UNDOCUMENTED\n" + differences);
        fail(changeType + " on " + offlineUrl + ": Tidemark's update-sql differs from Liquibase 4.33.0's and "
                + "docs/sql-differences.md has no row for " + changeType + " on " + db + " (- Liquibase, + Tidemark, normalised):\n"
                + differences);
    }

    /** Per changeset, the normalised statements that differ, as a readable diff; empty when all agree. */
    static String differences(Map<String, ScriptChangeSet> liquibase, Map<String, ScriptChangeSet> tidemark, boolean h2) {
        Set<String> keys = new LinkedHashSet<>(liquibase.keySet());
        keys.addAll(tidemark.keySet());
        StringBuilder out = new StringBuilder();
        for (String key : keys) {
            ScriptChangeSet lb = liquibase.getOrDefault(key, ScriptChangeSet.of(key, List.of()));
            ScriptChangeSet tm = tidemark.getOrDefault(key, ScriptChangeSet.of(key, List.of()));
            List<String> expected = lb.comparable(h2);
            List<String> actual = tm.comparable(false);
            if (String.join("; ", expected).equals(String.join("; ", actual))) {
                continue;
            }
            out.append("  changeset ").append(key).append('\n');
            if (!liquibase.containsKey(key)) {
                out.append("    - (changeset not in Liquibase's script)\n");
            }
            if (!tidemark.containsKey(key)) {
                out.append("    + (changeset not in Tidemark's script)\n");
            }
            diff(out, expected, actual, lb.refusal(), tm.refusal());
        }
        return out.toString();
    }

    /** A statement diff (longest common subsequence): {@code -} only Liquibase's, {@code +} only Tidemark's, blank both. */
    private static void diff(StringBuilder out, List<String> a, List<String> b, String refusalA, String refusalB) {
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                line(out, "  ", a.get(i++), null);
                j++;
            } else if (j >= b.size() || (i < a.size() && lcs[i + 1][j] >= lcs[i][j + 1])) {
                line(out, "- ", a.get(i++), refusalA);
            } else {
                line(out, "+ ", b.get(j++), refusalB);
            }
        }
    }

    private static void line(StringBuilder out, String sign, String statement, String refusal) {
        out.append("    ").append(sign).append(statement);
        if (ScriptChangeSet.REFUSED.equals(statement) && refusal != null) {
            out.append(' ').append(refusal.replaceAll("\\s+", " "));
        }
        out.append('\n');
    }

    /**
     * With {@code -Dtidemark.differential.report=<file>}, writes every pair's outcome there (equal,
     * documented with its diff and the row relied on, or undocumented), to review what the
     * documented rows cover.
     */
    @AfterAll
    static void writeReport() throws IOException {
        String file = System.getProperty("tidemark.differential.report");
        if (file == null || OUTCOMES.isEmpty()) {
            return;
        }
        StringBuilder out = new StringBuilder("Liquibase differential summary:\n");
        OUTCOMES.forEach((pair, outcome) -> out.append("  ").append(pair).append(": ").append(outcome).append('\n'));
        Files.writeString(Path.of(file), out);
    }
}
