// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.cli;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.dialect.Dialects;
import dev.tidemark.error.ErrorCode;
import dev.tidemark.error.TidemarkException;

/** Turns a --url into the database to work on. */
final class Targets {
    private Targets() {
    }

    /** The dialect of an offline URL; live URLs are for the commands that connect. */
    static Dialect offlineDialect(String url) {
        if (!Dialects.isOffline(url)) {
            throw new TidemarkException(ErrorCode.USAGE, "this command needs an offline URL here (offline:postgresql,"
                    + " offline:mysql, offline:mariadb, offline:oracle?version=19, offline:h2); connecting to a live"
                    + " database is not available in this build yet");
        }
        return Dialects.offline(url);
    }
}
