// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.cli;

import dev.tidemark.formats.ChangeLogParser;
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
        ParseResult result = new ChangeLogParser(settings.parseOptions()).parse(file);
        console.diagnostics(result.diagnostics());
        if (result.hasErrors()) {
            console.note("Changelog " + file + " is not valid.");
            return ExitCode.INVALID;
        }
        ChangeLog log = result.changeLog().orElseThrow();
        console.result("Changelog " + file + " is valid: " + Console.count(log.changeSets().size(), "changeset")
                + " in " + Console.count(log.files().size(), "file") + ".");
        return ExitCode.OK;
    }
}
