// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.cli;

import dev.tidemark.Tidemark;
import dev.tidemark.dialect.Dialect;
import dev.tidemark.error.Diagnostic;
import dev.tidemark.error.ErrorCode;
import dev.tidemark.error.TidemarkException;
import dev.tidemark.formats.ChangeLogFiles;
import dev.tidemark.formats.ChangeLogParser;
import dev.tidemark.formats.ParseOptions;
import dev.tidemark.formats.ParseResult;
import dev.tidemark.history.TrackingTables;
import dev.tidemark.model.ChangeLog;
import dev.tidemark.plan.Filters;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/** {@code update-sql}: prints the complete script update would run, without running anything. */
final class UpdateSqlCommand implements Command {
    @Override
    public String name() {
        return "update-sql";
    }

    @Override
    public String summary() {
        return "print the SQL that update would run (tracking tables, lock, every pending changeset)";
    }

    @Override
    public Options options() {
        Options o = new Options();
        o.addOption(Option.builder().longOpt("output-file").hasArg().argName("file")
                .desc("write the script to this file instead of standard output").build());
        return o;
    }

    @Override
    public int run(CommandLine line, Settings settings, Console console) {
        String file = settings.changeLogFile();
        Dialect dialect = Targets.offlineDialect(settings.url());
        ParseOptions options = settings.parseOptions().withDbms(dialect.shortName());
        ParseResult result = new ChangeLogParser(options).parse(file);
        if (result.hasErrors()) {
            console.diagnostics(result.diagnostics());
            console.note("Changelog " + file + " is not valid; no SQL was written.");
            return ExitCode.INVALID;
        }
        ChangeLog log = result.changeLog().orElseThrow();
        Tidemark tidemark = new Tidemark(dialect, TrackingTables.defaults(), ChangeLogFiles.of(result, options),
                result.properties());
        Filters filters = settings.filters(dialect.shortName());
        List<Diagnostic> problems = tidemark.check(log, filters);
        console.diagnostics(concat(result.warnings(), problems));
        if (!problems.isEmpty()) {
            console.note("The changelog cannot run on " + dialect.displayName() + "; no SQL was written.");
            return ExitCode.INVALID;
        }
        StringWriter script = new StringWriter();
        int count = tidemark.updateSql(log, filters, settings.url(), script);
        write(line.getOptionValue("output-file"), script.toString(), console);
        console.note(Console.count(count, "changeset") + " in the script.");
        return ExitCode.OK;
    }

    private static List<Diagnostic> concat(List<Diagnostic> a, List<Diagnostic> b) {
        List<Diagnostic> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        all.sort(Diagnostic.ORDER);
        return all;
    }

    private static void write(String outputFile, String text, Console console) {
        if (outputFile == null) {
            console.raw(text);
            return;
        }
        try {
            Path p = Path.of(outputFile);
            if (p.toAbsolutePath().getParent() != null) {
                Files.createDirectories(p.toAbsolutePath().getParent());
            }
            try (Writer w = new OutputStreamWriter(Files.newOutputStream(p), StandardCharsets.UTF_8)) {
                w.write(text);
            }
        } catch (IOException e) {
            throw new TidemarkException(ErrorCode.WRITE_FAILED, "cannot write " + outputFile + ": " + e.getMessage());
        }
    }
}
