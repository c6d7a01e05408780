// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect;

import dev.tidemark.sql.DataTypes;
import dev.tidemark.sql.Literals;
import dev.tidemark.sql.SqlFamilies;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What every dialect holds. A vendor's class sets its name, version, capabilities and names, and
 * wires its generators in {@link #createSql()}; everything else is an override in its package.
 */
public abstract class BaseDialect implements Dialect {
    private final String shortName;
    private final String productName;
    private final DatabaseVersion version;
    private final DialectCapabilities capabilities;
    private final Identifiers identifiers;
    private final DataTypes dataTypes;
    private final Literals literals;
    private final SqlFamilies sql;

    protected BaseDialect(String shortName, String productName, DatabaseVersion version, DialectCapabilities capabilities,
            Identifiers identifiers) {
        this.shortName = shortName;
        this.productName = productName;
        this.version = version;
        this.capabilities = capabilities;
        this.identifiers = identifiers;
        this.dataTypes = createDataTypes();
        this.literals = createLiterals();
        this.sql = createSql();
    }

    protected abstract DataTypes createDataTypes();

    protected abstract Literals createLiterals();

    protected abstract SqlFamilies createSql();

    /** Reserved words from a resource beside the vendor's class: one word per line, '#' comments. */
    protected static Set<String> reservedWords(Class<?> vendor, String resource) {
        Set<String> words = new HashSet<>();
        try (InputStream in = vendor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource + " beside " + vendor.getName());
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String w = line.trim();
                if (!w.isEmpty() && !w.startsWith("#")) {
                    words.add(w.toUpperCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    @Override
    public String shortName() {
        return shortName;
    }

    @Override
    public String displayName() {
        return productName + " " + version;
    }

    @Override
    public DatabaseVersion version() {
        return version;
    }

    @Override
    public DialectCapabilities capabilities() {
        return capabilities;
    }

    @Override
    public Identifiers identifiers() {
        return identifiers;
    }

    @Override
    public DataTypes dataTypes() {
        return dataTypes;
    }

    @Override
    public Literals literals() {
        return literals;
    }

    @Override
    public SqlFamilies sql() {
        return sql;
    }

    @Override
    public String currentTimestampFunction() {
        return "NOW()";
    }

    @Override
    public String toString() {
        return displayName();
    }
}
