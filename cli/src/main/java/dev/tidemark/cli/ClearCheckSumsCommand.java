// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.cli;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;

/**
 * {@code clear-checksums}: sets every MD5SUM in the history to NULL, under the lock; the next
 * update or validate computes them again from the changelog.
 */
final class ClearCheckSumsCommand implements Command {
    @Override
    public String name() {
        return "clear-checksums";
    }

    @Override
    public String summary() {
        return "clear the stored checksums; the next update fills them from the changelog";
    }

    @Override
    public Options options() {
        return new Options();
    }

    @Override
    public int run(CommandLine line, Settings settings, Console console) {
        try (Database db = Database.open(settings, console)) {
            int rows = LoadedChangeLog.engineWithoutChangeLog(settings, db.dialect()).clearCheckSums(db.lockSession(), db.work(),
                    settings.lockOptions(), Connections.lockListener(console));
            console.result("Cleared the checksums of " + Console.count(rows, "history row") + " in " + Connections.userAt(db, settings)
                    + "; the next update computes them again.");
            return ExitCode.OK;
        }
    }
}
