// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How a database spells names: its quote characters, how it folds unquoted names, its reserved
 * words and its length limit. One rule for every name Tidemark writes (STYLE 7).
 */
public class Identifiers {
    /** How unquoted names are stored. */
    public enum Folding { UPPER, LOWER, NONE }

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_$#]*");

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
        boolean quote;
        switch (strategy) {
            case QUOTE_ALL_OBJECTS:
                quote = true;
                break;
            case QUOTE_ONLY_RESERVED_WORDS:
                quote = isReserved(name) || !PLAIN.matcher(name).matches();
                break;
            case LEGACY:
            default:
                quote = mustQuote(name);
                break;
        }
        return quote ? open + name.replace(close, close + close) + close : name;
    }

    /** {@code catalog.schema.name}, each part quoted as needed; null parts are left out. */
    public String qualify(String catalog, String schema, String name, QuotingStrategy strategy) {
        StringBuilder out = new StringBuilder();
        if (catalog != null && !catalog.isBlank()) {
            out.append(quote(catalog, strategy)).append('.');
        }
        if (schema != null && !schema.isBlank()) {
            out.append(quote(schema, strategy)).append('.');
        }
        return out.append(quote(name, strategy)).toString();
    }

    /** Whether LEGACY quoting must quote this name: a reserved word or anything but a plain identifier. */
    protected boolean mustQuote(String name) {
        return isReserved(name) || !PLAIN.matcher(name).matches();
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
