// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.mysql;

import dev.tidemark.dialect.Identifiers;
import java.util.List;
import java.util.Set;

/**
 * MySQL's and MariaDB's names: back-quoted, case kept as written. A database is both catalog and
 * schema, so a name is qualified by the catalog when one is given, else by the schema (as
 * Liquibase does).
 */
public class MySqlIdentifiers extends Identifiers {
    public MySqlIdentifiers(Set<String> reservedWords) {
        super("`", "`", Folding.NONE, reservedWords, 64, false);
    }

    @Override
    protected List<String> qualifiers(String catalog, String schema) {
        String container = catalog != null ? catalog : schema;
        return container == null ? List.of() : List.of(container);
    }
}
