// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.h2;

import dev.tidemark.dialect.Identifiers;
import dev.tidemark.dialect.QuotingStrategy;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * H2's names: folded to upper case. Where LEGACY quoting must quote a name (a reserved word, a
 * space) it quotes the upper-case spelling, so the name is the one H2 would have stored unquoted;
 * schema names are always upper case. Both as Liquibase writes them for H2.
 */
public class H2Identifiers extends Identifiers {
    public H2Identifiers(Set<String> reservedWords) {
        super("\"", "\"", Folding.UPPER, reservedWords, 256, false);
    }

    @Override
    protected String quotedSpelling(String name) {
        return name.toUpperCase(Locale.ROOT);
    }

    @Override
    protected String quoteQualifier(String name, QuotingStrategy strategy) {
        return strategy == QuotingStrategy.QUOTE_ALL_OBJECTS ? quoted(name.toUpperCase(Locale.ROOT)) : quote(name, strategy);
    }

    @Override
    protected List<String> qualifiers(String catalog, String schema) {
        return schema == null ? List.of() : List.of(schema);
    }
}
