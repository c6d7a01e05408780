package dev.tidemark.cli.commands;

import static dev.tidemark.cli.commands.PreconditionChangeLogs.FOOTER;
import static dev.tidemark.cli.commands.PreconditionChangeLogs.HEADER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidemark.Tidemark;
import dev.tidemark.cli.db.TestDatabases;
import dev.tidemark.dialect.Dialect;
import dev.tidemark.dialect.Dialects;
import dev.tidemark.execute.ChangeSetGate;
import dev.tidemark.execute.RunListener;
import dev.tidemark.formats.ChangeLogFiles;
import dev.tidemark.formats.ChangeLogParser;
import dev.tidemark.formats.ParseOptions;
import dev.tidemark.formats.ParseResult;
import dev.tidemark.history.TrackingTables;
import dev.tidemark.model.ChangeLog;
import dev.tidemark.plan.Filters;
import dev.tidemark.plan.Plan;
import dev.tidemark.plan.Step;
import dev.tidemark.precondition.PreconditionChecks;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * 200 tableExists / columnExists / foreignKeyConstraintExists preconditions against a schema of
 * 100 tables: answered with one catalog query per kind of object (not one per precondition, and
 * never a snapshot of the schema), whether they are in one block or spread over 200 changesets.
 * Prints the wall times it measures; asserts only outcomes and query counts.
 */
class PreconditionBatchTest {
    private static final int TABLES = 100;

    @TempDir
    Path dir;

    /** t0..t99 (id primary key, c), each t_i (i > 0) with fk_i on c referencing t0. */
    private static void schema(TestDatabases.Scratch db) throws Exception {
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            for (int i = 0; i < TABLES; i++) {
                st.execute("CREATE TABLE t" + i + " (id INT NOT NULL PRIMARY KEY, c INT)");
            }
            for (int i = 1; i < TABLES; i++) {
                st.execute("ALTER TABLE t" + i + " ADD CONSTRAINT fk_" + i + " FOREIGN KEY (c) REFERENCES t0 (id)");
            }
        }
    }

    /** 70 tableExists, 70 columnExists, 60 foreignKeyConstraintExists, all true on {@link #schema}. */
    private static List<String> conditions() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < 70; i++) {
            out.add("<tableExists tableName=\"t" + i + "\"/>");
            out.add("<columnExists tableName=\"t" + (i + 30) + "\" columnName=\"c\"/>");
        }
        for (int i = 1; i <= 60; i++) {
            out.add("<foreignKeyConstraintExists foreignKeyTableName=\"t" + i + "\" foreignKeyName=\"fk_" + i + "\"/>");
        }
        return out;
    }

    private static String oneBlock() {
        return HEADER + "    <changeSet id=\"all\" author=\"t\">\n        <preConditions onFail=\"MARK_RAN\">\n"
                + String.join("\n", conditions()) + "\n        </preConditions>\n        <empty/>\n    </changeSet>\n" + FOOTER;
    }

    private static String spread(boolean withPreconditions) {
        StringBuilder xml = new StringBuilder(HEADER);
        List<String> conditions = conditions();
        for (int i = 0; i < conditions.size(); i++) {
            xml.append("    <changeSet id=\"c").append(i).append("\" author=\"t\">");
            if (withPreconditions) {
                xml.append("<preConditions onFail=\"MARK_RAN\">").append(conditions.get(i)).append("</preConditions>");
            }
            xml.append("<empty/></changeSet>\n");
        }
        return xml.append(FOOTER).toString();
    }

    private record Evaluated(long nanos, int queries, List<ChangeSetGate.Kind> decisions) {
    }

    /** Evaluates the preconditions of every changeset of the changelog, as update would before running each. */
    private Evaluated evaluate(TestDatabases.Scratch db, String file) throws Exception {
        try (Connection c = db.connect()) {
            Dialect dialect = Dialects.detect(c.getMetaData());
            ParseOptions options = ParseOptions.isolated(dir).withDbms(dialect.shortName());
            ParseResult result = new ChangeLogParser(options).parse(file);
            ChangeLog log = result.orThrow();
            Tidemark tidemark = new Tidemark(dialect, TrackingTables.defaults(), ChangeLogFiles.of(result, options), result.properties());
            Plan plan = tidemark.planFresh(log, Filters.of(null, null, dialect.shortName()));
            long started = System.nanoTime();
            PreconditionChecks checks = PreconditionChecks.forUpdate(dialect, c, List.of(), UnaryOperator.identity(), log, plan,
                    RunListener.NONE);
            List<ChangeSetGate.Kind> decisions = new ArrayList<>();
            for (Step step : plan.pending()) {
                decisions.add(checks.before(step).kind());
                checks.after(step, false);
            }
            return new Evaluated(System.nanoTime() - started, checks.catalogQueries(), decisions);
        }
    }

    private static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "h2", "mariadb"})
    void twoHundredCatalogPreconditions_takeOneQueryPerKindOfObject(String dbms) throws Exception {
        try (TestDatabases.Scratch db = TestDatabases.scratch(dbms)) {
            schema(db);
            Cli cli = new Cli(dir, db.url()).write("one-block.xml", oneBlock()).write("spread.xml", spread(true))
                    .write("plain.xml", spread(false));

            Evaluated block = evaluate(db, "one-block.xml");
            assertEquals(List.of(ChangeSetGate.Kind.RUN), block.decisions(), "all 200 hold");
            assertEquals(3, block.queries(), "tables, columns and keys: one query each");
            long warm = Long.MAX_VALUE;
            for (int i = 0; i < 3; i++) {
                warm = Math.min(warm, evaluate(db, "one-block.xml").nanos());
            }

            Evaluated spreadOut = evaluate(db, "spread.xml");
            assertEquals(200, spreadOut.decisions().size());
            assertTrue(spreadOut.decisions().stream().allMatch(k -> k == ChangeSetGate.Kind.RUN), spreadOut.decisions().toString());
            assertTrue(spreadOut.queries() <= 12, "names of the next 50 changesets are fetched together: " + spreadOut.queries());

            long plainStarted = System.nanoTime();
            Cli.Result plain = cli.run("update", "--changelog-file", "plain.xml");
            long plainNanos = System.nanoTime() - plainStarted;
            assertEquals(0, plain.code(), plain.toString());
            Cli.execute(db, "DROP TABLE DATABASECHANGELOG");
            long guardedStarted = System.nanoTime();
            Cli.Result guarded = cli.run("update", "--changelog-file", "spread.xml");
            long guardedNanos = System.nanoTime() - guardedStarted;
            assertEquals(0, guarded.code(), guarded.toString());
            assertEquals(List.of(List.of("200")), Cli.query(db, "SELECT COUNT(*) FROM DATABASECHANGELOG WHERE EXECTYPE = 'EXECUTED'"));

            System.out.println("[figures] " + dbms + ": 200 preconditions in one block evaluated in " + ms(block.nanos())
                    + " cold, " + ms(warm) + " warm (" + block.queries() + " catalog queries); spread over 200 changesets in " + ms(spreadOut.nanos()) + " ("
                    + spreadOut.queries() + " queries); update of 200 changesets " + ms(guardedNanos) + " with them, "
                    + ms(plainNanos) + " without");
        }
    }
}
