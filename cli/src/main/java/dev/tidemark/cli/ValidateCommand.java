// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.cli;

import dev.tidemark.Tidemark;
import dev.tidemark.dialect.Dialect;
import dev.tidemark.error.Diagnostic;
import dev.tidemark.formats.ChangeLogFiles;
import dev.tidemark.formats.ChangeLogParser;
import dev.tidemark.formats.ParseOptions;
import dev.tidemark.history.TrackingTables;
import java.util.ArrayList;
import java.util.List;
import dev.tidemark.formats.ParseResult;
import dev.tidemark.model.ChangeLog;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;

/** {@code validate}: reads the whole changelog and reports every problem; needs no database. */
final class ValidateCommand implements Command {
    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String summary() {
        return "check a changelog and report every problem with its file, line and column";
    }

    @Override
    public Options options() {
        return new Options();
    }

    @Override
    public int run(CommandLine line, Settings settings, Console console) {
        String file = settings.changeLogFile();
        Dialect dialect = settings.optionalUrl().map(Targets::offlineDialect).orElse(null);
        ParseOptions options = dialect == null ? settings.parseOptions() : settings.parseOptions().withDbms(dialect.shortName());
        ParseResult result = new ChangeLogParser(options).parse(file);
        List<Diagnostic> all = new ArrayList<>(result.diagnostics());
        if (!result.hasErrors() && dialect != null) {
            Tidemark tidemark = new Tidemark(dialect, TrackingTables.defaults(), ChangeLogFiles.of(result, options),
                    result.properties());
            all.addAll(tidemark.check(result.changeLog().orElseThrow(), settings.filters(dialect.shortName())));
            all.sort(Diagnostic.ORDER);
        }
        console.diagnostics(all);
        if (all.stream().anyMatch(Diagnostic::isError)) {
            console.note("Changelog " + file + " is not valid" + (dialect == null ? "." : " for " + dialect.displayName() + "."));
            return ExitCode.INVALID;
        }
        ChangeLog log = result.changeLog().orElseThrow();
        console.result("Changelog " + file + " is valid: " + Console.count(log.changeSets().size(), "changeset")
                + " in " + Console.count(log.files().size(), "file") + ".");
        return ExitCode.OK;
    }
}
