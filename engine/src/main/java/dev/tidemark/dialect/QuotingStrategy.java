// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect;

import java.util.Locale;

/** Liquibase's objectQuotingStrategy. */
public enum QuotingStrategy {
    /** Quote only names that would otherwise be misread (reserved words, odd characters). */
    LEGACY,
    /** Quote every name, keeping its case exactly. */
    QUOTE_ALL_OBJECTS,
    /** Quote reserved words only. */
    QUOTE_ONLY_RESERVED_WORDS;

    /** The strategy named in a changelog; null means LEGACY. */
    public static QuotingStrategy of(String name) {
        return name == null ? LEGACY : valueOf(name.trim().toUpperCase(Locale.ROOT));
    }
}
