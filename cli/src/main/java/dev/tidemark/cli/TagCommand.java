// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.cli;

import dev.tidemark.Tidemark;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/**
 * {@code tag --tag T}: sets TAG on the newest history row, under the lock (on an empty history,
 * on the placeholder row Liquibase writes there). {@code tag-exists --tag T}: says whether a row
 * carries the tag, reading only. Messages as Liquibase words them.
 */
final class TagCommand implements Command {
    private final boolean exists;

    /** @param exists true for tag-exists, false for tag */
    TagCommand(boolean exists) {
        this.exists = exists;
    }

    @Override
    public String name() {
        return exists ? "tag-exists" : "tag";
    }

    @Override
    public String summary() {
        return exists ? "say whether a history row carries --tag" : "mark the current database state with --tag (on the newest history row)";
    }

    @Override
    public Options options() {
        Options o = new Options();
        o.addOption(Option.builder().longOpt("tag").hasArg().argName("tag").desc(exists ? "the tag to look for" : "the tag to set")
                .build());
        return o;
    }

    @Override
    public int run(CommandLine line, Settings settings, Console console) {
        String tag = Connections.required(settings, "tag");
        try (Database db = Database.open(settings, console)) {
            Tidemark tidemark = LoadedChangeLog.engineWithoutChangeLog(settings, db.dialect());
            String where = Connections.userAt(db, settings);
            if (exists) {
                boolean found = tidemark.tagExists(tag, db.work());
                console.result(found ? "The tag '" + tag + "' already exists in '" + where + "'."
                        : "The tag '" + tag + "' does NOT exist in '" + where + "'.");
                return ExitCode.OK;
            }
            boolean placeholder = tidemark.tag(tag, db.lockSession(), db.work(), settings.lockOptions(),
                    Connections.lockListener(console));
            if (placeholder) {
                console.note("The history was empty: a liquibase-internal row now carries the tag, as Liquibase writes it.");
            }
            console.result("Successfully tagged '" + where + "'");
            return ExitCode.OK;
        }
    }
}
