// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.cli.exec;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.tidemark.cli.db.TestDatabases;
import dev.tidemark.cli.exec.RenderedRun.Outcome;
import dev.tidemark.dialect.DatabaseVersion;
import dev.tidemark.dialect.Dialect;
import dev.tidemark.dialect.Dialects;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real execution of every parity fixture: for each folder (customChange aside) and each of
 * PostgreSQL, MariaDB and H2, the changes of changelog.yaml that apply to the database are rendered
 * by its dialect (at the server's version) and executed in order in an empty scratch area
 * ({@link ScratchAreas}); the resulting schema and data,
 * read through JDBC metadata and the database's catalog, must equal the reviewed snapshot in
 * cli/src/test/resources/exec/&lt;db&gt;/&lt;type&gt;.txt. A change the dialect does not support is
 * skipped and listed at the top of the snapshot, so that support arriving later shows as a diff.
 * Anything else that fails, fails the test with the statement and the database's message.
 * Regenerate with {@code -Dtidemark.regenerate=true}, then review every changed file against the
 * fixture (see cli/src/test/resources/exec/REVIEW.md).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ParityExecutionTest {
    private final Map<String, String> report = new ConcurrentSkipListMap<>();
    private final ScratchAreas areas = new ScratchAreas();

    Stream<Arguments> folders() {
        return ParityFixtures.folders().stream()
                .flatMap(folder -> TestDatabases.ALL.stream().map(db -> Arguments.of(folder, db)));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("folders")
    void parityFolder_executesAndLeavesTheReviewedSchema(String folder, String db) throws Exception {
        try (ScratchAreas.Area area = areas.fresh(db); Connection c = area.connect()) {
            Dialect dialect = dialect(db, c);
            Outcome outcome = RenderedRun.execute(ParityFixtures.render(folder, db, dialect), c);
            report.put(folder + " on " + db, outcome.summary());
            assertFalse(outcome.failed(), () -> folder + " on " + db + ": " + outcome.failure());
            ExpectedSnapshots.check(db, folder, header(outcome, dialect) + SchemaSnapshot.of(c, area.scratch()));
        }
    }

    /** The dialect for the connected server's version, as the CLI would pick it. */
    static Dialect dialect(String db, Connection c) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        return Dialects.named(db, new DatabaseVersion(md.getDatabaseMajorVersion(), md.getDatabaseMinorVersion()));
    }

    /**
     * The changes that did not run, so that the snapshot says what it does not cover. Messages name
     * the database with its server version; that is written {@code <database>} so that another
     * minor version (or the MySQL dialect on MariaDB) gives the same text.
     */
    static String header(Outcome outcome, Dialect dialect) {
        StringBuilder out = new StringBuilder();
        outcome.unsupported().forEach(u -> out.append("# unsupported: ").append(u).append('\n'));
        outcome.markedRan().forEach(m -> out.append("# refused (onValidationFail MARK_RAN): ").append(m).append('\n'));
        return out.toString().replace(dialect.displayName(), "<database>");
    }

    @AfterAll
    void dropScratchAndPrintReport() throws SQLException {
        areas.close();
        StringBuilder out = new StringBuilder("Parity execution:\n");
        report.forEach((k, v) -> out.append("  ").append(k).append(": ").append(v).append('\n'));
        System.out.print(out);
    }
}
