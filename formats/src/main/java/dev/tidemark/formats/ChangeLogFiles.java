// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.formats;

import dev.tidemark.error.ErrorCode;
import dev.tidemark.error.TidemarkException;
import dev.tidemark.model.SourceLocation;
import dev.tidemark.sql.ResourceAccess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Files that changes refer to, found as the parser found changelogs: next to the changelog that
 * holds the change when {@code relativeToChangelogFile}, else through the search path.
 */
public final class ChangeLogFiles implements ResourceAccess {
    private final ResourceLocator locator;
    private final Map<String, Path> physicalPaths;

    public ChangeLogFiles(ResourceLocator locator, Map<String, Path> physicalPaths) {
        this.locator = locator;
        this.physicalPaths = Map.copyOf(physicalPaths);
    }

    /** The files of a parsed changelog. */
    public static ChangeLogFiles of(ParseResult result, ParseOptions options) {
        return new ChangeLogFiles(new ResourceLocator(options.searchPath()), result.physicalPaths());
    }

    @Override
    public byte[] read(String path, boolean relativeToChangelog, SourceLocation from) {
        Path changelog = physicalPaths.get(from.file());
        Optional<Path> file = relativeToChangelog && changelog != null ? locator.find(path, changelog, true)
                : locator.find(path).or(() -> changelog == null ? Optional.empty() : locator.find(path, changelog, true));
        if (file.isEmpty()) {
            throw new TidemarkException(ErrorCode.FILE_NOT_FOUND, from, "file '" + path + "' not found"
                    + (relativeToChangelog ? " next to " + from.file() : " in the search path"), null);
        }
        try {
            return Files.readAllBytes(file.get());
        } catch (IOException e) {
            throw new TidemarkException(ErrorCode.READ_FAILED, from, "cannot read '" + path + "': " + e.getMessage(), e);
        }
    }
}
