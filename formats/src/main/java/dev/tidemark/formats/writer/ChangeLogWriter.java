// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.formats.writer;

import dev.tidemark.model.ChangeLogFile;
import java.util.function.Function;

/**
 * Writes one changelog file in one format. Output is deterministic UTF-8 text with {@code \n} line
 * ends and a final newline; only attributes the model holds (non-null) are written.
 */
public interface ChangeLogWriter {

    /**
     * The file as text. {@code includeRenamer} maps each include's {@code file} (and an includeAll's
     * {@code endsWithFilter}) to the name the included file has after conversion.
     *
     * @throws dev.tidemark.error.TidemarkException with {@code UNSUPPORTED} when the format cannot
     *         express something the file holds
     */
    String write(ChangeLogFile file, Function<String, String> includeRenamer);
}
