// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.cli;

import dev.tidemark.error.ErrorCode;
import dev.tidemark.error.TidemarkException;
import dev.tidemark.execute.DropAll;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/**
 * {@code drop-all --force}: drops every foreign key, view, table and sequence in the session's
 * schema, the history and lock tables included. Refuses without {@code --force}: there is no
 * undo.
 */
final class DropAllCommand implements Command {
    @Override
    public String name() {
        return "drop-all";
    }

    @Override
    public String summary() {
        return "drop every table, view and sequence in the schema, history included (needs --force)";
    }

    @Override
    public Options options() {
        Options o = new Options();
        o.addOption(Option.builder().longOpt("force").optionalArg(true).hasArg().argName("true|false")
                .desc("really drop everything").build());
        return o;
    }

    @Override
    public int run(CommandLine line, Settings settings, Console console) {
        if (!settings.flag("force")) {
            // Refused before connecting: nothing is touched, not even the lock.
            throw new TidemarkException(ErrorCode.USAGE, "drop-all drops every table, view and sequence in "
                    + settings.optionalUrl().map(Database::redact).orElse("the embedded H2 database")
                    + " and cannot be undone; add --force to do it");
        }
        try (Database db = Database.open(settings, console)) {
            String where = Connections.userAt(db, settings);
            DropAll.Result r = LoadedChangeLog.engineWithoutChangeLog(settings, db.dialect()).dropAll(db.lockSession(), db.work(),
                    settings.lockOptions(), Connections.lockListener(console));
            for (String note : r.notes()) {
                console.note("note: " + note);
            }
            console.result("All objects dropped from " + where + ": " + Console.count(r.dropped().size(), "object") + ".");
            return ExitCode.OK;
        }
    }
}
