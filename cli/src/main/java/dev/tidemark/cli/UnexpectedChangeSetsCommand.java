// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.cli;

import dev.tidemark.history.HistoryRow;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/**
 * {@code unexpected-changesets}: history rows whose changeset the changelog does not have (run
 * from another branch, or removed since), in Liquibase's words; {@code --verbose} lists them.
 * Reads only.
 */
final class UnexpectedChangeSetsCommand implements Command {
    @Override
    public String name() {
        return "unexpected-changesets";
    }

    @Override
    public String summary() {
        return "list history rows that the changelog has no changeset for (--verbose lists them)";
    }

    @Override
    public Options options() {
        Options o = new Options();
        o.addOption(Option.builder().longOpt("verbose").optionalArg(true).hasArg().argName("true|false")
                .desc("list each as path::id::author").build());
        return o;
    }

    @Override
    public int run(CommandLine line, Settings settings, Console console) {
        boolean verbose = settings.flag("verbose");
        try (Database db = Database.open(settings, console)) {
            LoadedChangeLog loaded = LoadedChangeLog.read(settings, db.dialect());
            if (!loaded.report(console, "nothing was compared.")) {
                return ExitCode.INVALID;
            }
            List<HistoryRow> unexpected = loaded.tidemark().unexpectedChangeSets(loaded.changeLog(), db.work());
            String where = Connections.userAt(db, settings);
            if (unexpected.isEmpty()) {
                console.result(where + " contains no unexpected changes!");
                return ExitCode.OK;
            }
            console.result(unexpected.size() + " unexpected changes were found in " + where);
            if (verbose) {
                for (HistoryRow r : unexpected) {
                    console.result("     " + r.identifier());
                }
            }
            return ExitCode.OK;
        }
    }
}
