// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How a database spells names: its quote characters, how it folds unquoted names, its reserved
 * words and its length limit. One rule for every name Tidemark writes (STYLE 7).
 *
 * <p>Quoting follows Liquibase's objectQuotingStrategy: QUOTE_ALL_OBJECTS quotes every name as
 * written; LEGACY and QUOTE_ONLY_RESERVED_WORDS quote reserved words and names that are not plain
 * identifiers (a character other than letters, digits and underscore, or a leading digit). Vendor
 * subclasses add their database's rules (PostgreSQL quotes mixed case under LEGACY, H2 upper-cases
 * what it quotes, MySQL and Oracle qualify with the catalog).
 */
public class Identifiers {
    /** How unquoted names are stored. */
    public enum Folding { UPPER, LOWER, NONE }

    /** A name no database needs quoted unless it is reserved (Liquibase quotes any non-word character). */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final String open;
    private final String close;
    private final Folding folding;
    private final Set<String> reservedWords;
    private final int maxLength;
    private final boolean lengthInBytes;

    public Identifiers(String open, String close, Folding folding, Set<String> reservedWords, int maxLength,
            boolean lengthInBytes) {
        this.open = open;
        this.close = close;
        this.folding = folding;
        this.reservedWords = Set.copyOf(reservedWords);
        this.maxLength = maxLength;
        this.lengthInBytes = lengthInBytes;
    }

    /** A name as the strategy says: quoted (embedded quotes doubled) or as written. */
    public String quote(String name, QuotingStrategy strategy) {
        if (strategy == QuotingStrategy.QUOTE_ALL_OBJECTS) {
            return quoted(name);
        }
        return mustQuote(name, strategy) ? quoted(quotedSpelling(name)) : name;
    }

    /**
     * How the catalog stores a name a changelog writes: what {@link #quote} would put between
     * quotes when it quotes the name, else the name folded as the database folds unquoted names.
     * So a lookup finds what createTable with the same name and strategy created.
     */
    public String catalogSpelling(String name, QuotingStrategy strategy) {
        if (strategy == QuotingStrategy.QUOTE_ALL_OBJECTS) {
            return name;
        }
        return mustQuote(name, strategy) ? quotedSpelling(name) : fold(name);
    }

    /** {@code schema.name} (or whatever the database qualifies with), each part quoted as needed; null parts are left out. */
    public String qualify(String catalog, String schema, String name, QuotingStrategy strategy) {
        StringBuilder out = new StringBuilder();
        for (String part : qualifiers(blankToNull(catalog), blankToNull(schema))) {
            out.append(quoteQualifier(part, strategy)).append('.');
        }
        return out.append(quote(name, strategy)).toString();
    }

    /**
     * The names before an object's own name. ANSI SQL: catalog and schema; vendors that have only
     * one level override this.
     */
    protected List<String> qualifiers(String catalog, String schema) {
        List<String> out = new ArrayList<>();
        if (catalog != null) {
            out.add(catalog);
        }
        if (schema != null) {
            out.add(schema);
        }
        return out;
    }

    /** A schema or catalog name before an object's name. */
    protected String quoteQualifier(String name, QuotingStrategy strategy) {
        return quote(name, strategy);
    }

    /** The name between quote characters, embedded quotes doubled. */
    protected String quoted(String name) {
        return open + name.replace(close, close + close) + close;
    }

    /** How a name that LEGACY quoting must quote is spelled inside the quotes (as written, by default). */
    protected String quotedSpelling(String name) {
        return name;
    }

    /** Whether LEGACY or QUOTE_ONLY_RESERVED_WORDS quoting must quote this name. */
    protected boolean mustQuote(String name, QuotingStrategy strategy) {
        return isReserved(name) || !PLAIN.matcher(name).matches();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    public boolean isReserved(String name) {
        return reservedWords.contains(name.toUpperCase(Locale.ROOT));
    }

    /** How the database stores an unquoted name (for catalog lookups). */
    public String fold(String unquoted) {
        switch (folding) {
            case UPPER:
                return unquoted.toUpperCase(Locale.ROOT);
            case LOWER:
                return unquoted.toLowerCase(Locale.ROOT);
            default:
                return unquoted;
        }
    }

    public Folding folding() {
        return folding;
    }

    public int maxLength() {
        return maxLength;
    }

    /** A message when the name is longer than the database allows. */
    public Optional<String> lengthProblem(String name) {
        int length = lengthInBytes ? name.getBytes(StandardCharsets.UTF_8).length : name.codePointCount(0, name.length());
        if (length <= maxLength) {
            return Optional.empty();
        }
        return Optional.of("'" + name + "' is " + length + (lengthInBytes ? " bytes" : " characters") + " long; the limit is "
                + maxLength);
    }
}
