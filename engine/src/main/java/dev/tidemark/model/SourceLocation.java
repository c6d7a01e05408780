// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.model;

import java.util.Objects;

/**
 * A place in a changelog file: the path as the user gave it (or as it was included) and a
 * 1-based line and column. Line 0 means "the whole file".
 */
public record SourceLocation(String file, int line, int column) implements Comparable<SourceLocation> {

    public SourceLocation {
        Objects.requireNonNull(file, "file");
    }

    /** The whole file, for errors that have no better place. */
    public static SourceLocation ofFile(String file) {
        return new SourceLocation(file, 0, 0);
    }

    @Override
    public int compareTo(SourceLocation other) {
        int c = file.compareTo(other.file);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(line, other.line);
        return c != 0 ? c : Integer.compare(column, other.column);
    }

    @Override
    public String toString() {
        return line <= 0 ? file : file + ":" + line + ":" + column;
    }
}
