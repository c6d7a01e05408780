// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.formats.mapping;

/** Liquibase's rules for the path part of a changeset's identity. */
public final class LogicalPaths {
    private LogicalPaths() {
    }

    /** Backslashes become '/', and a leading '/' is dropped, as Liquibase stores logicalFilePath. */
    public static String normalize(String path) {
        String p = path.replace('\\', '/');
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        return p;
    }
}
