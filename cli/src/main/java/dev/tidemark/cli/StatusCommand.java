// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.cli;

import dev.tidemark.model.ChangeSet;
import dev.tidemark.plan.Inspection;
import dev.tidemark.plan.Step;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/**
 * {@code status}: how many changesets update would run, in Liquibase's words ("2 changesets
 * have not been applied to user@url"); {@code --verbose} lists them as {@code path::id::author}.
 * Reads only: no lock, nothing created.
 */
final class StatusCommand implements Command {
    @Override
    public String name() {
        return "status";
    }

    @Override
    public String summary() {
        return "say how many changesets are pending (--verbose lists them)";
    }

    @Override
    public Options options() {
        Options o = new Options();
        o.addOption(Option.builder().longOpt("verbose").optionalArg(true).hasArg().argName("true|false")
                .desc("list each pending changeset as path::id::author").build());
        o.addOption(Settings.outputFormatOption());
        return o;
    }

    @Override
    public int run(CommandLine line, Settings settings, Console console) {
        boolean json = settings.json();
        boolean verbose = settings.flag("verbose");
        try (Database db = Database.open(settings, console)) {
            LoadedChangeLog loaded = LoadedChangeLog.read(settings, db.dialect());
            if (!loaded.report(console, "no status.")) {
                return ExitCode.INVALID;
            }
            Inspection state = loaded.tidemark().inspect(loaded.changeLog(), loaded.filters(), db.work());
            List<ChangeSet> pending = state.pending().stream().map(Step::changeSet).toList();
            String where = Connections.userAt(db, settings);
            if (json) {
                console.result(Json.object(name(), g -> {
                    g.writeStringField("database", db.displayUrl());
                    g.writeBooleanField("upToDate", pending.isEmpty());
                    g.writeNumberField("pendingCount", pending.size());
                    Json.changeSets(g, "pending", pending);
                }));
                return ExitCode.OK;
            }
            if (pending.isEmpty()) {
                console.result(where + " is up to date");
                return ExitCode.OK;
            }
            console.result(pending.size() + (pending.size() == 1 ? " changeset has" : " changesets have") + " not been applied to "
                    + where);
            if (verbose) {
                for (ChangeSet cs : pending) {
                    console.result("     " + cs.identifier());
                }
            }
            return ExitCode.OK;
        }
    }
}
