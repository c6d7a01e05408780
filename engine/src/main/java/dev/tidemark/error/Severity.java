// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.error;

/** How serious a diagnostic is. */
public enum Severity {
    ERROR, WARNING;

    /** Lower-case, as printed. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
