// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.cli;

import dev.tidemark.error.ErrorCode;
import dev.tidemark.error.TidemarkException;
import dev.tidemark.execute.DropAll;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/**
 * {@code drop-all --force [--schemas a,b]}: drops every object in the session's schema, or in
 * each schema named (databases on MySQL and MariaDB), then the history and lock tables. Refuses
 * without {@code --force}: there is no undo. Liquibase runs without --force unless
 * {@code --require-force} is set; Tidemark always requires it, and accepts --require-force so
 * that Liquibase command lines run.
 */
final class DropAllCommand implements Command {
    private static final String SCHEMAS = "schemas";
    private static final String FORCE = "force";
    private static final String REQUIRE_FORCE = "require-force";

    @Override
    public String name() {
        return "drop-all";
    }

    @Override
    public String summary() {
        return "drop every object in the schema(s), history included (needs --force)";
    }

    @Override
    public Options options() {
        Options o = new Options();
        o.addOption(Option.builder().longOpt(SCHEMAS).hasArg().argName("a,b")
                .desc("comma-separated schemas to empty (databases on MySQL and MariaDB); default: the session's schema").build());
        o.addOption(Option.builder().longOpt(FORCE).optionalArg(true).hasArg().argName("true|false")
                .desc("really drop everything: tables, views, sequences, routines, types; there is no undo").build());
        o.addOption(Option.builder().longOpt(REQUIRE_FORCE).optionalArg(true).hasArg().argName("true|false")
                .desc("accepted for Liquibase command lines; Tidemark always requires --force").build());
        return o;
    }

    @Override
    public int run(CommandLine line, Settings settings, Console console) {
        // Read only to refuse a value other than true or false: Tidemark requires --force either way.
        settings.flag(REQUIRE_FORCE);
        List<String> schemas = schemas(settings);
        if (!settings.flag(FORCE)) {
            // Refused before connecting: nothing is touched, not even the lock.
            throw new TidemarkException(ErrorCode.USAGE, "drop-all drops every object in "
                    + (schemas.isEmpty() ? "the schema of " : "schemas " + String.join(", ", schemas) + " of ")
                    + settings.optionalUrl().map(Database::redact).orElse("the embedded H2 database")
                    + " and cannot be undone; add --force to do it");
        }
        try (Database db = Database.open(settings, console)) {
            String where = Connections.userAt(db, settings);
            DropAll.Result r = LoadedChangeLog.engineWithoutChangeLog(settings, db.dialect()).dropAll(db.lockSession(), db.work(),
                    schemas, settings.lockOptions(), Connections.lockListener(console));
            for (String note : r.notes()) {
                console.note("note: " + note);
            }
            for (String dropped : r.dropped()) {
                console.result("dropped " + dropped);
            }
            console.result("All objects dropped from " + (r.schemas().size() == 1 ? "schema " : "schemas ")
                    + String.join(", ", r.schemas()) + " of " + where + ": " + Console.count(r.dropped().size(), "object") + ".");
            return ExitCode.OK;
        }
    }

    /** The --schemas list, each name trimmed; empty when not given. */
    private static List<String> schemas(Settings settings) {
        List<String> out = new ArrayList<>();
        String text = settings.value(SCHEMAS).orElse(null);
        if (text == null) {
            return out;
        }
        for (String part : text.split(",", -1)) {
            String name = part.trim();
            if (name.isEmpty()) {
                throw new TidemarkException(ErrorCode.USAGE, "--schemas has an empty name in '" + text + "'");
            }
            out.add(name);
        }
        return out;
    }
}
