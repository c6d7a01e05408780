// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.cli;

import dev.tidemark.error.ErrorCode;
import dev.tidemark.error.TidemarkException;
import dev.tidemark.execute.SqlRunner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/**
 * {@code execute-sql}: runs {@code --sql} text or a {@code --sql-file} under the change log lock,
 * split into statements by the database's rules (or at {@code --delimiter}), and records nothing
 * in the history. Query results are printed as Liquibase prints them.
 */
final class ExecuteSqlCommand implements Command {
    @Override
    public String name() {
        return "execute-sql";
    }

    @Override
    public String summary() {
        return "run SQL (--sql or --sql-file) under the lock, not recorded in the history";
    }

    @Override
    public Options options() {
        Options o = new Options();
        o.addOption(Option.builder().longOpt("sql").hasArg().argName("text").desc("the SQL to run").build());
        o.addOption(Option.builder().longOpt("sql-file").hasArg().argName("file").desc("a file of SQL to run").build());
        o.addOption(Option.builder().longOpt("delimiter").hasArg().argName("text")
                .desc("what ends a statement (default: ; and the database's own rules)").build());
        return o;
    }

    @Override
    public int run(CommandLine line, Settings settings, Console console) {
        Optional<String> sql = settings.value("sql");
        Optional<String> file = settings.value("sql-file");
        if (sql.isPresent() == file.isPresent()) {
            throw new TidemarkException(ErrorCode.USAGE, "give exactly one of --sql and --sql-file");
        }
        String text = sql.orElseGet(() -> read(settings.workingDirectory(), file.get()));
        String source = file.orElse("--sql");
        String delimiter = settings.value("delimiter").filter(d -> !d.isEmpty()).orElse(null);
        try (Database db = Database.open(settings, console)) {
            List<SqlRunner.Result> results = LoadedChangeLog.engineWithoutChangeLog(settings, db.dialect()).executeSql(text,
                    delimiter, source, db.lockSession(), db.work(), settings.lockOptions(), Connections.lockListener(console));
            for (SqlRunner.Result r : results) {
                print(r, console);
            }
            if (results.isEmpty()) {
                console.note("No statement in " + source + ".");
            }
            return ExitCode.OK;
        }
    }

    private static void print(SqlRunner.Result r, Console console) {
        String sql = r.sql().strip();
        if (!r.query()) {
            console.result("Successfully Executed: " + sql);
            return;
        }
        console.result("Output of " + sql + ":");
        if (r.rows().isEmpty()) {
            console.result("-- Empty Resultset --");
            return;
        }
        console.result(String.join(" | ", r.columns()) + " |");
        for (List<String> row : r.rows()) {
            console.result(String.join(" | ", row.stream().map(String::valueOf).toList()) + " |");
        }
    }

    private static String read(Path workingDirectory, String file) {
        try {
            return Files.readString(workingDirectory.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new TidemarkException(ErrorCode.USAGE, "cannot read --sql-file " + file + ": " + e.getMessage());
        }
    }
}
