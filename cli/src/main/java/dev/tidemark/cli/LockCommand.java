// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.cli;

import dev.tidemark.Tidemark;
import dev.tidemark.lock.LockHolder;
import java.util.Optional;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;

/**
 * {@code list-locks}: who holds the change log lock and since when (creating nothing).
 * {@code release-locks}: frees the lock row whoever holds it, for a process that died holding it.
 */
final class LockCommand implements Command {
    private final boolean release;

    /** @param release true for release-locks, false for list-locks */
    LockCommand(boolean release) {
        this.release = release;
    }

    @Override
    public String name() {
        return release ? "release-locks" : "list-locks";
    }

    @Override
    public String summary() {
        return release ? "free the change log lock whoever holds it (after a process died holding it)"
                : "show who holds the change log lock, and since when";
    }

    @Override
    public Options options() {
        return new Options();
    }

    @Override
    public int run(CommandLine line, Settings settings, Console console) {
        try (Database db = Database.open(settings, console)) {
            Tidemark tidemark = LoadedChangeLog.engineWithoutChangeLog(settings, db.dialect());
            String where = Connections.userAt(db, settings);
            if (release) {
                tidemark.releaseLocks(db.work());
                console.result("Successfully released all database change log locks for '" + where + "'");
                return ExitCode.OK;
            }
            Optional<LockHolder> holder = tidemark.lockHolder(db.work());
            console.result("Database change log locks for " + where);
            if (holder.isEmpty() || !holder.get().locked()) {
                console.result(" - No locks");
            } else {
                LockHolder h = holder.get();
                console.result(" - " + h.lockedBy() + (h.since() == null ? "" : " at "
                        + java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").format(
                                java.time.LocalDateTime.ofInstant(h.since(), java.time.ZoneId.systemDefault()))));
            }
            return ExitCode.OK;
        }
    }
}
