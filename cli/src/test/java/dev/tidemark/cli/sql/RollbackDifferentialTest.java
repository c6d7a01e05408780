// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.cli.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidemark.dialect.DatabaseVersion;
import dev.tidemark.dialect.Dialects;
import dev.tidemark.formats.ChangeLogParser;
import dev.tidemark.formats.ParseOptions;
import dev.tidemark.model.ChangeSet;
import dev.tidemark.model.change.Change;
import dev.tidemark.rollback.Inverse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rollback SQL of changelogs/rollback/{inverses,blocks}.yaml on each offline database, two ways:
 * <ul>
 * <li>Tidemark's future-rollback-sql script equals the golden file
 * changelogs/rollback/expected/&lt;fixture&gt;/&lt;database&gt;.sql exactly (regenerate with
 * {@code -Dtidemark.regenerate=true} and review the diff);</li>
 * <li>changeset by changeset, its statements equal those of Liquibase 4.33.0's futureRollbackSql
 * (run in this process) after normalising as {@link LiquibaseDifferentialTest} does, or
 * docs/sql-differences.md has a row for one of the changeset's change types or their inverses on
 * that database.</li>
 * </ul>
 */
class RollbackDifferentialTest {
    private static final boolean REGENERATE = Boolean.getBoolean("tidemark.regenerate");
    private static final List<String> FIXTURES = List.of("inverses.yaml", "blocks.yaml");

    @TempDir
    static Path work;

    static Stream<Arguments> fixturesAndDatabases() {
        List<Arguments> out = new ArrayList<>();
        for (String fixture : FIXTURES) {
            for (String db : LiquibaseDifferentialTest.DATABASES) {
                out.add(Arguments.of(fixture, db));
            }
        }
        return out.stream();
    }

    private static Path folder() {
        return LiquibaseDifferentialTest.repositoryRoot().resolve("changelogs").resolve("rollback");
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("fixturesAndDatabases")
    void futureRollbackSql_matchesItsGoldenFile(String fixture, String offlineUrl) throws Exception {
        String db = TidemarkUpdateSql.shortName(offlineUrl);
        String actual = RollbackScripts.tidemark(folder(), fixture, offlineUrl);
        Path golden = folder().resolve("expected").resolve(fixture.replace(".yaml", "")).resolve(db + ".sql");
        if (REGENERATE) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(golden), "missing golden file " + golden);
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, golden.toString());
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("fixturesAndDatabases")
    void rollbackStatements_equalLiquibasesOrTheDifferenceIsDocumented(String fixture, String offlineUrl) throws Exception {
        String db = TidemarkUpdateSql.shortName(offlineUrl);
        boolean h2 = db.equals("h2");
        Map<String, List<String>> tidemark = RollbackScripts.byChangeSet(RollbackScripts.tidemark(folder(), fixture, offlineUrl));
        Map<String, List<String>> liquibase = RollbackScripts.byChangeSet(RollbackScripts.liquibase(folder(), fixture, offlineUrl,
                Files.createTempDirectory(work, db)));
        assertEquals(List.copyOf(liquibase.keySet()), List.copyOf(tidemark.keySet()), "the changesets rolled back, in order");
        DatabaseVersion version = Dialects.offline(offlineUrl).version();
        DocumentedDifferences documented = DocumentedDifferences.read(LiquibaseDifferentialTest.repositoryRoot().resolve("docs")
                .resolve("sql-differences.md"));
        Map<String, Set<String>> types = changeTypes(fixture, db);
        List<String> undocumented = new ArrayList<>();
        for (String key : tidemark.keySet()) {
            List<String> expected = liquibase.get(key).stream().map(s -> RollbackScripts.normalise(s, h2)).toList();
            List<String> actual = tidemark.get(key).stream().map(s -> RollbackScripts.normalise(s, false)).toList();
            if (expected.equals(actual)) {
                continue;
            }
            Set<String> changeTypes = types.getOrDefault(key.toLowerCase(Locale.ROOT), Set.of());
            boolean covered = changeTypes.stream().anyMatch(t -> !documented.rowsFor(t, db, version).isEmpty());
            if (!covered) {
                undocumented.add(key + " (" + changeTypes + ")\n    Liquibase: " + expected + "\n    Tidemark:  " + actual);
            }
        }
        assertEquals(List.of(), undocumented, fixture + " on " + offlineUrl + ": rollback SQL differs from Liquibase 4.33.0's"
                + " and docs/sql-differences.md has no row for it");
    }

    /** Per changeset ({@code id::author}), the types of its changes, of their automatic inverses and of its rollback block. */
    private static Map<String, Set<String>> changeTypes(String fixture, String db) {
        ParseOptions options = ParseOptions.isolated(folder()).withDbms(db);
        Map<String, Set<String>> out = new java.util.HashMap<>();
        for (ChangeSet cs : new ChangeLogParser(options).parse(fixture).orThrow().changeSets()) {
            Set<String> types = new LinkedHashSet<>();
            for (Change c : cs.changes()) {
                types.add(c.changeType().name());
                Inverse inverse = Inverse.forChange(c);
                inverse.changes().forEach(i -> types.add(i.changeType().name()));
            }
            if (cs.rollback() != null) {
                cs.rollback().changes().forEach(c -> types.add(c.changeType().name()));
            }
            out.put((cs.id() + "::" + cs.author()).toLowerCase(Locale.ROOT), types);
        }
        return out;
    }

}
