// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect;

/** A database server version, as far as dialect decisions need it. */
public record DatabaseVersion(int major, int minor) implements Comparable<DatabaseVersion> {

    /** Parses "15", "10.11", "19.3.0" (extra parts ignored). */
    public static DatabaseVersion parse(String text) {
        String[] parts = text.trim().split("[.]");
        try {
            int major = Integer.parseInt(parts[0]);
            int minor = parts.length > 1 ? Integer.parseInt(parts[1].replaceAll("\\D.*", "")) : 0;
            return new DatabaseVersion(major, minor);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a version: '" + text + "'", e);
        }
    }

    public boolean atLeast(int major, int minor) {
        return compareTo(new DatabaseVersion(major, minor)) >= 0;
    }

    @Override
    public int compareTo(DatabaseVersion o) {
        return major != o.major ? Integer.compare(major, o.major) : Integer.compare(minor, o.minor);
    }

    @Override
    public String toString() {
        return major + "." + minor;
    }
}
