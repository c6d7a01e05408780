// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.bench;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.dialect.QuotingStrategy;
import dev.tidemark.model.ChangeLogEntry;
import dev.tidemark.model.ChangeLogFile;
import dev.tidemark.model.ChangeSet;
import dev.tidemark.model.change.Change;
import dev.tidemark.sql.ChangeRenderer;
import dev.tidemark.sql.RenderContext;
import dev.tidemark.sql.ResourceAccess;
import dev.tidemark.sql.SqlStatement;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The generated changelog as plain SQL for one database, rendered by Tidemark's own statement
 * generators (literal values, as {@code update-sql} prints them), so that tools which run SQL
 * files (Flyway, the JDBC floor) execute exactly the DDL and DML that Tidemark and Liquibase run.
 *
 * <p>Two layouts of the same statements:
 * <ul>
 *   <li>{@code sql-<db>.sql}, for the floor, in the layout of {@link FloorScript};</li>
 *   <li>{@code flyway-<db>/V<n>__<id>.sql}, one versioned migration per changeset.</li>
 * </ul>
 */
public final class PlainSql {
    private final Dialect dialect;

    public PlainSql(Dialect dialect) {
        this.dialect = Objects.requireNonNull(dialect, "dialect");
    }

    /** Every changeset of {@code changeLog}, rendered for this database. */
    public List<FloorScript.ChangeSetSql> render(ChangeLogFile changeLog) {
        ResourceAccess noFiles = (path, relative, from) -> {
            throw new IllegalStateException("a generated changelog refers to no file: " + path);
        };
        List<FloorScript.ChangeSetSql> out = new ArrayList<>();
        for (ChangeLogEntry entry : changeLog.entries()) {
            ChangeSet cs = (ChangeSet) entry;
            ChangeRenderer renderer = new ChangeRenderer(
                    new RenderContext(dialect, cs, QuotingStrategy.LEGACY, noFiles, UnaryOperator.identity(), true));
            List<String> statements = new ArrayList<>();
            for (Change change : cs.changes()) {
                for (SqlStatement s : renderer.render(change)) {
                    String sql = s.sql().strip();
                    if (sql.contains(FloorScript.END) || sql.endsWith(";")) {
                        // The floor splits statements at a line-ending semicolon: none may hold one.
                        throw new IllegalStateException("changeset " + cs.id() + " renders a statement that holds "
                                + "a line-ending semicolon: " + sql);
                    }
                    statements.add(sql);
                }
            }
            out.add(new FloorScript.ChangeSetSql(cs.id(), statements));
        }
        return out;
    }

    /** Writes {@code sql-<db>.sql} and {@code flyway-<db>/} into {@code dir}; returns the two paths. */
    public List<Path> write(ChangeLogFile changeLog, Path dir) {
        List<FloorScript.ChangeSetSql> changeSets = render(changeLog);
        String db = dialect.shortName();
        Path script = dir.resolve("sql-" + db + ".sql");
        Path migrations = dir.resolve("flyway-" + db);
        try {
            Files.createDirectories(migrations);
            try (BufferedWriter out = Files.newBufferedWriter(script, StandardCharsets.UTF_8)) {
                for (FloorScript.ChangeSetSql cs : changeSets) {
                    out.write(FloorScript.CHANGESET + cs.id() + "\n");
                    for (String s : cs.statements()) {
                        out.write(s);
                        out.write(FloorScript.END);
                    }
                }
            }
            int version = 0;
            for (FloorScript.ChangeSetSql cs : changeSets) {
                version++;
                StringBuilder text = new StringBuilder();
                for (String s : cs.statements()) {
                    text.append(s).append(FloorScript.END);
                }
                Files.writeString(migrations.resolve("V" + version + "__" + cs.id().replace('-', '_') + ".sql"),
                        text, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the plain SQL into " + dir, e);
        }
        return List.of(script, migrations);
    }
}
