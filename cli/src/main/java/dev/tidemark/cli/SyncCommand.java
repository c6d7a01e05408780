// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.cli;

import dev.tidemark.error.ErrorCode;
import dev.tidemark.error.TidemarkException;
import dev.tidemark.execute.UpdateOptions;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/**
 * {@code changelog-sync}, {@code changelog-sync-to-tag} and {@code mark-next-changeset-ran}:
 * record pending changesets as EXECUTED without running them (for a database that was changed by
 * other means), under the lock, after the same checks as update.
 */
final class SyncCommand implements Command {
    /** Which of the three commands this is. */
    enum Mode { ALL, TO_TAG, NEXT }

    private final Mode mode;

    SyncCommand(Mode mode) {
        this.mode = mode;
    }

    @Override
    public String name() {
        return mode == Mode.ALL ? "changelog-sync" : mode == Mode.TO_TAG ? "changelog-sync-to-tag" : "mark-next-changeset-ran";
    }

    @Override
    public String summary() {
        switch (mode) {
            case TO_TAG:
                return "record pending changesets up to the one that tags --tag as executed, without running them";
            case NEXT:
                return "record the next pending changeset as executed, without running it";
            default:
                return "record every pending changeset as executed, without running them";
        }
    }

    @Override
    public Options options() {
        Options o = new Options();
        if (mode == Mode.TO_TAG) {
            o.addOption(Option.builder().longOpt("tag").hasArg().argName("tag").desc("the tag to stop at (included)").build());
        }
        return o;
    }

    @Override
    public int run(CommandLine line, Settings settings, Console console) {
        UpdateOptions options = settings.lockOptions();
        String tag = mode == Mode.TO_TAG ? Connections.required(settings, "tag") : null;
        options = options.withToTag(tag).withCount(mode == Mode.NEXT ? 1 : -1);
        try (Database db = Database.open(settings, console)) {
            LoadedChangeLog loaded = LoadedChangeLog.read(settings, db.dialect());
            if (!loaded.report(console, "nothing was recorded.")) {
                return ExitCode.INVALID;
            }
            if (tag != null && loaded.changeLog().changeSets().stream().noneMatch(cs -> ApplyCommand.tags(cs, tag))) {
                throw new TidemarkException(ErrorCode.USAGE, "no changeset in " + loaded.file() + " tags '" + tag + "'");
            }
            int marked = loaded.tidemark().changeLogSync(loaded.changeLog(), loaded.filters(), db.lockSession(), db.work(), options,
                    db.displayUrl(), Connections.lockListener(console));
            console.result("Recorded " + Console.count(marked, "changeset") + " as executed in " + Connections.userAt(db, settings)
                    + " without running " + (marked == 1 ? "it." : "them."));
            return ExitCode.OK;
        }
    }
}
