// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.cli.exec;

import static org.junit.jupiter.api.Assertions.fail;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.dialect.QuotingStrategy;
import dev.tidemark.error.ErrorCode;
import dev.tidemark.error.TidemarkException;
import dev.tidemark.formats.ChangeLogFiles;
import dev.tidemark.formats.ChangeLogParser;
import dev.tidemark.formats.ParseOptions;
import dev.tidemark.formats.ParseResult;
import dev.tidemark.model.ChangeSet;
import dev.tidemark.model.DbmsList;
import dev.tidemark.model.change.Change;
import dev.tidemark.model.change.CreateProcedure;
import dev.tidemark.model.change.Insert;
import dev.tidemark.model.change.Sql;
import dev.tidemark.model.change.SqlFile;
import dev.tidemark.model.change.Stop;
import dev.tidemark.sql.ChangeRenderer;
import dev.tidemark.sql.RenderContext;
import dev.tidemark.sql.SqlStatement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The parity fixtures (changelogs/parity/&lt;type&gt;/changelog.yaml) read and rendered for one
 * database, as an update would: changesets whose {@code dbms} does not match are left out, changes
 * whose change-level {@code dbms} does not match are left out, and rendering stops at a {@code stop}.
 */
final class ParityFixtures {
    /** customChange runs Java classes, which Tidemark refuses by design: nothing to execute. */
    private static final List<String> EXCLUDED = List.of("customChange");

    private ParityFixtures() {
    }

    /** changelogs/parity, found from the module folder (surefire's working directory) or the repository root. */
    static Path root() {
        for (Path candidate : List.of(Path.of("..", "changelogs", "parity"), Path.of("changelogs", "parity"))) {
            if (Files.isDirectory(candidate)) {
                return candidate.toAbsolutePath().normalize();
            }
        }
        throw new IllegalStateException("changelogs/parity not found from " + Path.of("").toAbsolutePath());
    }

    /** Every parity folder with something to execute, sorted by name. */
    static List<String> folders() {
        try (Stream<Path> dirs = Files.list(root())) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(n -> !EXCLUDED.contains(n)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One change as rendered: its statements, or why it has none. */
    record RenderedChange(ChangeSet changeSet, Change change, List<SqlStatement> statements, TidemarkException refusal) {

        boolean unsupported() {
            return refusal != null && refusal.code() == ErrorCode.UNSUPPORTED;
        }

        /** A refusal that onValidationFail MARK_RAN turns into "marked as ran" rather than a failure. */
        boolean markedRan() {
            return refusal != null && refusal.code() != ErrorCode.UNSUPPORTED
                    && "MARK_RAN".equalsIgnoreCase(changeSet.onValidationFail());
        }

        /** {@code <changeset id> <change type>}, for reports. */
        String label() {
            return changeSet.id() + " " + change.changeType().name();
        }
    }

    /**
     * The changes of {@code folder} for database {@code dbms}, rendered by {@code dialect} in run
     * order. A refused change (unsupported, invalid) is kept with its refusal; after a refusal under
     * onValidationFail MARK_RAN the rest of that changeset is left out, as the whole changeset would be.
     */
    static List<RenderedChange> render(String folder, String dbms, Dialect dialect) {
        Path dir = root().resolve(folder);
        ParseOptions options = ParseOptions.isolated(dir).withDbms(dbms);
        ParseResult result = new ChangeLogParser(options).parse("changelog.yaml");
        if (result.hasErrors()) {
            fail(folder + "/changelog.yaml does not parse for " + dbms + ": " + result.errors());
        }
        ChangeLogFiles files = ChangeLogFiles.of(result, options);
        List<RenderedChange> out = new ArrayList<>();
        for (ChangeSet cs : result.orThrow().changeSets()) {
            if (!DbmsList.parse(cs.dbms()).matches(dbms)) {
                continue;
            }
            RenderContext ctx = new RenderContext(dialect, cs, QuotingStrategy.of(cs.objectQuotingStrategy()), files,
                    result.properties(), false);
            ChangeRenderer renderer = new ChangeRenderer(ctx);
            for (Change change : cs.changes()) {
                if (!DbmsList.parse(changeDbms(change)).matches(dbms)) {
                    continue;
                }
                if (change instanceof Stop) {
                    // An update halts at stop: nothing after it runs, the stopping changeset included.
                    return out;
                }
                RenderedChange rendered;
                try {
                    rendered = new RenderedChange(cs, change, renderer.render(change), null);
                } catch (TidemarkException e) {
                    rendered = new RenderedChange(cs, change, List.of(), e);
                }
                out.add(rendered);
                if (rendered.markedRan()) {
                    break;
                }
            }
        }
        return out;
    }

    /** The change-level dbms of the four change types that have one, else null (every database). */
    private static String changeDbms(Change change) {
        if (change instanceof Sql) {
            return ((Sql) change).dbms();
        }
        if (change instanceof SqlFile) {
            return ((SqlFile) change).dbms();
        }
        if (change instanceof CreateProcedure) {
            return ((CreateProcedure) change).dbms();
        }
        if (change instanceof Insert) {
            return ((Insert) change).dbms();
        }
        return null;
    }
}
