// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.bench;

import dev.tidemark.model.ChangeLogFile;

/**
 * One file written from a generated changelog. The changelog formats are {@link FormatOutput}s;
 * other renderings of the same changes (the equivalent plain SQL per dialect, for comparing against
 * a database's own script runner) are further implementations, written by the same generator run.
 */
interface ChangeLogOutput {

    /** The file name inside the output folder: {@code changelog.yaml}. */
    String fileName();

    /** The file's text. */
    String render(ChangeLogFile changeLog);
}
