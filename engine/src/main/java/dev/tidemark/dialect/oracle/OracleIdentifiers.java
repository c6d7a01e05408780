// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.oracle;

import dev.tidemark.dialect.Identifiers;
import dev.tidemark.dialect.QuotingStrategy;
import java.util.List;
import java.util.Set;

/**
 * Oracle's names: folded to upper case, at most 30 characters before 12.2 and 128 from then on.
 * Liquibase treats an Oracle schema (a user) as the catalog: a name is qualified by the catalog
 * when one is given, else by the schema.
 */
public class OracleIdentifiers extends Identifiers {
    public OracleIdentifiers(Set<String> reservedWords, int maxLength) {
        super("\"", "\"", Folding.UPPER, reservedWords, maxLength, false);
    }

    /** Unquoted Oracle names start with a letter; Liquibase left "_x" unquoted, which Oracle rejects. */
    @Override
    protected boolean mustQuote(String name, QuotingStrategy strategy) {
        return super.mustQuote(name, strategy) || !name.isEmpty() && !Character.isLetter(name.charAt(0));
    }

    @Override
    protected List<String> qualifiers(String catalog, String schema) {
        String container = catalog != null ? catalog : schema;
        return container == null ? List.of() : List.of(container);
    }
}
