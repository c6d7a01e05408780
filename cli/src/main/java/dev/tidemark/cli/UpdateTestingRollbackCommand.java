// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.cli;

import dev.tidemark.Rollbacks;
import dev.tidemark.dialect.Dialect;
import dev.tidemark.execute.RunListener;
import java.util.Locale;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;

/**
 * {@code update-testing-rollback}, as Liquibase's: update, roll back what that update applied,
 * update again, so that a changelog's rollbacks are exercised before they are needed. Changesets
 * the update would apply are checked for a rollback before anything runs.
 */
final class UpdateTestingRollbackCommand implements Command {
    @Override
    public String name() {
        return "update-testing-rollback";
    }

    @Override
    public String summary() {
        return "apply pending changesets, roll them back, and apply them again";
    }

    @Override
    public Options options() {
        Options o = new Options();
        o.addOption(Settings.outputFormatOption());
        return o;
    }

    @Override
    public int run(CommandLine line, Settings settings, Console console) {
        boolean json = settings.json();
        long started = System.nanoTime();
        try (Database db = Database.open(settings, console)) {
            LoadedChangeLog loaded = LoadedChangeLog.readFor(settings, db);
            if (!loaded.report(console, "nothing was changed.")) {
                return ExitCode.INVALID;
            }
            Dialect dialect = db.dialect();
            Rollbacks.TestingResult r = loaded.tidemark().rollbacks().updateTestingRollback(loaded.changeLog(), loaded.filters(),
                    db.lockSession(), db.work(), settings.lockOptions(), db.displayUrl(), RunListener.NONE,
                    Connections.lockListener(console));
            double seconds = (System.nanoTime() - started) / 1e9;
            if (json) {
                console.result(Json.object(name(), g -> {
                    g.writeStringField("database", db.displayUrl());
                    g.writeStringField("dbms", dialect.shortName());
                    g.writeNumberField("applied", r.first().applied());
                    g.writeNumberField("rolledBack", r.rolledBack().size());
                    g.writeNumberField("reapplied", r.second().applied());
                    g.writeNumberField("seconds", Math.round(seconds * 1000) / 1000.0);
                }));
            } else {
                console.result(String.format(Locale.ROOT,
                        "Update testing rollback complete on %s: %s applied, %d rolled back, %d applied again (%.1f s).",
                        dialect.displayName(), Console.count(r.first().applied(), "changeset"), r.rolledBack().size(),
                        r.second().applied(), seconds));
            }
            return ExitCode.OK;
        }
    }
}
