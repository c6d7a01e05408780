// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.postgres;

import dev.tidemark.dialect.Identifiers;
import dev.tidemark.dialect.QuotingStrategy;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * PostgreSQL's names: folded to lower case, so LEGACY quoting also quotes mixed-case names to
 * keep their case (as Liquibase does); qualified by schema only (a catalog is another database).
 */
public class PostgresIdentifiers extends Identifiers {
    public PostgresIdentifiers(Set<String> reservedWords) {
        super("\"", "\"", Folding.LOWER, reservedWords, 63, true);
    }

    @Override
    protected boolean mustQuote(String name, QuotingStrategy strategy) {
        if (super.mustQuote(name, strategy)) {
            return true;
        }
        return strategy == QuotingStrategy.LEGACY && !name.equals(name.toLowerCase(Locale.ROOT))
                && !name.equals(name.toUpperCase(Locale.ROOT));
    }

    @Override
    protected List<String> qualifiers(String catalog, String schema) {
        return schema == null ? List.of() : List.of(schema);
    }
}
