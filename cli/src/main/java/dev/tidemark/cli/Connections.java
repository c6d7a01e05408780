// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.cli;

import dev.tidemark.lock.LockHolder;
import dev.tidemark.lock.LockService;
import java.sql.SQLException;
import java.time.Duration;

/** What the commands that connect share: how a database is named, and how lock waits are shown. */
final class Connections {
    private Connections() {
    }

    /** {@code user@url}, as Liquibase names a database in its messages; the URL never carries a password. */
    static String userAt(Database db, Settings settings) {
        String user = settings.username().orElse(null);
        if (user == null) {
            try {
                user = db.work().getMetaData().getUserName();
            } catch (SQLException e) {
                user = null;
            }
        }
        return (user == null || user.isBlank() ? "" : user + "@") + db.displayUrl();
    }

    /** Lock waits and take-overs, as notes on standard error. */
    static LockService.Listener lockListener(Console console) {
        return new LockService.Listener() {
            @Override
            public void waiting(LockHolder holder, Duration waited) {
                console.note("Waiting for the change log lock (" + holder.describe() + "); waited " + waited.toSeconds() + " s");
            }

            @Override
            public void tookOver(LockHolder staleHolder) {
                console.note("Took over a stale change log lock: " + staleHolder.describe()
                        + ", and that process's database session is gone");
            }
        };
    }

    /** A whole number option: {@code --count}. */
    static int count(String option, String value) {
        try {
            int n = Integer.parseInt(value == null ? "" : value.trim());
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new dev.tidemark.error.TidemarkException(dev.tidemark.error.ErrorCode.USAGE,
                    "--" + option + " takes a whole number of changesets, not '" + value + "'");
        }
    }

    /** A required option's value. */
    static String required(Settings settings, String option) {
        return settings.value(option).filter(v -> !v.isBlank()).orElseThrow(() -> new dev.tidemark.error.TidemarkException(
                dev.tidemark.error.ErrorCode.USAGE, "--" + option + " is required"));
    }
}
