package dev.tidemark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.dialect.Dialects;
import dev.tidemark.error.TidemarkException;
import dev.tidemark.execute.Executor;
import dev.tidemark.formats.ChangeLogFiles;
import dev.tidemark.formats.ChangeLogParser;
import dev.tidemark.formats.ParseOptions;
import dev.tidemark.formats.ParseResult;
import dev.tidemark.model.ChangeSet;
import dev.tidemark.model.DbmsList;
import dev.tidemark.model.change.Change;
import dev.tidemark.model.change.ChangeType;
import dev.tidemark.model.meta.Attribute;
import dev.tidemark.model.meta.RecordShape;
import dev.tidemark.sql.ChangeRenderer;
import dev.tidemark.sql.RenderContext;
import dev.tidemark.sql.SqlStatement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The SQL of every parity fixture on every dialect, compared exactly with the golden files in
 * changelogs/parity/<changeType>/expected/<database>.sql. A change a database cannot run appears
 * there as "-- unsupported: <message>". Regenerate with -Dtidemark.regenerate=true and review
 * the diff before committing.
 */
class GoldenSqlTest {
    static final Path PARITY = Path.of("..", "changelogs", "parity").toAbsolutePath().normalize();
    private static final boolean REGENERATE = Boolean.getBoolean("tidemark.regenerate");

    /** The golden text of one fixture on one database. */
    static String render(Path folder, Dialect dialect) {
        ParseOptions options = ParseOptions.isolated(folder).withDbms(dialect.shortName());
        ParseResult result = new ChangeLogParser(options).parse("changelog.yaml");
        if (result.hasErrors()) {
            // customChange: read and refused on every database (Tidemark loads no Java classes).
            StringBuilder refused = new StringBuilder();
            for (var d : result.errors()) {
                assertEquals("TM109", d.code().code(), folder + ": " + d);
                refused.append("-- unsupported: ").append(d.message()).append('\n');
            }
            return refused.toString();
        }
        ChangeLogFiles files = ChangeLogFiles.of(result, options);
        StringBuilder out = new StringBuilder();
        for (ChangeSet cs : result.changeLog().orElseThrow().changeSets()) {
            if (!DbmsList.parse(cs.dbms()).matches(dialect.shortName())) {
                continue;
            }
            out.append("-- changeset ").append(cs.id()).append('\n');
            RenderContext ctx = new RenderContext(dialect, cs, Executor.quoting(cs), files, result.properties(), true);
            ChangeRenderer renderer = new ChangeRenderer(ctx);
            for (Change change : cs.changes()) {
                Attribute dbms = RecordShape.of(change.getClass()).attribute("dbms").orElse(null);
                if (dbms != null && !DbmsList.parse((String) dbms.read(change)).matches(dialect.shortName())) {
                    continue;
                }
                try {
                    for (SqlStatement s : renderer.render(change)) {
                        out.append(s.sql().strip());
                        out.append(s.block() && dialect.capabilities().blockDelimiter() != null
                                ? "\n" + dialect.capabilities().blockDelimiter() : s.sql().strip().endsWith(";") ? "" : ";");
                        out.append('\n');
                    }
                } catch (TidemarkException e) {
                    out.append("-- unsupported: ").append(e.getMessage()).append('\n');
                }
            }
            out.append('\n');
        }
        return out.toString();
    }

    @TestFactory
    Stream<DynamicTest> everyFixtureOnEveryDatabaseMatchesItsGoldenFile() {
        List<DynamicTest> tests = new ArrayList<>();
        for (ChangeType type : ChangeType.ALL) {
            Path folder = PARITY.resolve(type.name());
            for (String db : Dialects.names()) {
                tests.add(DynamicTest.dynamicTest(type.name() + " on " + db, () -> {
                    String actual = render(folder, Dialects.named(db, null));
                    Path golden = folder.resolve("expected").resolve(db + ".sql");
                    if (REGENERATE) {
                        Files.createDirectories(golden.getParent());
                        Files.writeString(golden, actual, StandardCharsets.UTF_8);
                    }
                    assertTrue(Files.exists(golden), "missing golden file " + golden);
                    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, golden.toString());
                }));
            }
        }
        return tests.stream();
    }

    @Test
    void everyChangeTypeHasAGoldenFileForEveryDatabase() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Class<?> c : Change.class.getPermittedSubclasses()) {
            String type = ChangeType.of(c).name();
            for (String db : Dialects.names()) {
                if (!Files.exists(PARITY.resolve(type).resolve("expected").resolve(db + ".sql"))) {
                    missing.add(type + "/expected/" + db + ".sql");
                }
            }
        }
        assertEquals(List.of(), missing);
        assertEquals(47, Arrays.stream(Change.class.getPermittedSubclasses()).count());
    }
}
