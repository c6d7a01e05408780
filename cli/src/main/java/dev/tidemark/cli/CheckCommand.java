// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.cli;

import dev.tidemark.dialect.Dialects;
import dev.tidemark.error.Diagnostic;
import dev.tidemark.model.ChangeLog;
import dev.tidemark.plan.Inspection;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;

/**
 * {@code validate}: reads the whole changelog and reports every problem. Without --url it needs
 * no database; with {@code offline:<db>} it also renders every changeset for that database; with
 * a live --url it does both, compares the checksums stored in the history with the changelog's,
 * reporting each changed changeset at its file and line, and evaluates the changelog-level
 * preconditions (as Liquibase's validate does). It writes nothing.
 */
final class CheckCommand implements Command {
    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String summary() {
        return "check a changelog (and with --url, the stored checksums) and report every problem with its place";
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
        String url = settings.optionalUrl().orElse(null);
        if (url == null || Dialects.isOffline(url)) {
            LoadedChangeLog loaded = LoadedChangeLog.read(settings, url == null ? null : Targets.offlineDialect(url));
            String against = loaded.tidemark() == null ? "" : " for " + loaded.tidemark().dialect().displayName();
            return report(loaded, loaded.diagnostics(), null, against, -1, json, console);
        }
        try (Database db = Database.open(settings, console)) {
            LoadedChangeLog loaded = LoadedChangeLog.read(settings, db.dialect());
            List<Diagnostic> all = new ArrayList<>(loaded.diagnostics());
            int recorded = -1;
            if (loaded.valid()) {
                Inspection state = loaded.tidemark().inspect(loaded.changeLog(), loaded.filters(), db.work());
                all.addAll(state.mismatches());
                all.addAll(loaded.tidemark().changeLogPreconditions(loaded.changeLog(), db.work(), state.rows()));
                all.sort(Diagnostic.ORDER);
                recorded = state.rows().size();
            }
            return report(loaded, all, db.displayUrl(), " for " + db.dialect().displayName(), recorded, json, console);
        }
    }

    /**
     * @param database the live database's URL, or null
     * @param recorded the history's row count, or -1 when it was not read
     */
    private int report(LoadedChangeLog loaded, List<Diagnostic> all, String database, String against, int recorded,
            boolean json, Console console) {
        boolean valid = all.stream().noneMatch(Diagnostic::isError);
        ChangeLog log = valid ? loaded.changeLog() : null;
        if (json) {
            console.result(Json.object(name(), g -> {
                g.writeStringField("changelog", loaded.file());
                g.writeStringField("database", database);
                g.writeBooleanField("valid", valid);
                if (log != null) {
                    g.writeNumberField("changeSets", log.changeSets().size());
                    g.writeNumberField("files", log.files().size());
                }
                if (recorded >= 0) {
                    g.writeNumberField("historyRows", recorded);
                }
                g.writeNumberField("errors", all.stream().filter(Diagnostic::isError).count());
                g.writeNumberField("warnings", all.stream().filter(d -> !d.isError()).count());
                Json.diagnostics(g, all);
            }));
            return valid ? ExitCode.OK : ExitCode.INVALID;
        }
        console.diagnostics(all);
        if (!valid) {
            console.note("Changelog " + loaded.file() + " is not valid" + (against.isEmpty() ? "." : against + "."));
            return ExitCode.INVALID;
        }
        String summary = "Changelog " + loaded.file() + " is valid: " + Console.count(log.changeSets().size(), "changeset")
                + " in " + Console.count(log.files().size(), "file");
        console.result(summary + (recorded < 0 ? "." : "; no checksum differs from the " + Console.count(recorded, "history row")
                + " in " + database + "."));
        return ExitCode.OK;
    }
}
