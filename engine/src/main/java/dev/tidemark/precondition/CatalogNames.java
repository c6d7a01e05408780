// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.precondition;

import dev.tidemark.dialect.CatalogQueries;
import dev.tidemark.dialect.Dialect;
import dev.tidemark.dialect.QuotingStrategy;
import java.util.ArrayList;
import java.util.List;

/**
 * How a precondition's names are looked up: in the container its catalogName / schemaName name
 * (else the connection's current one), spelled as the catalog stores what a change with the same
 * name and quoting strategy would have created (an unquoted {@code person} is PostgreSQL's
 * {@code person} and Oracle's {@code PERSON}).
 */
final class CatalogNames {
    private final Dialect dialect;
    private final CatalogQueries queries;
    private final String defaultContainer;
    private final QuotingStrategy quoting;

    CatalogNames(Dialect dialect, String defaultContainer, QuotingStrategy quoting) {
        this.dialect = dialect;
        this.queries = dialect.catalogQueries();
        this.defaultContainer = defaultContainer;
        this.quoting = quoting;
    }

    CatalogNames withQuoting(QuotingStrategy newQuoting) {
        return new CatalogNames(dialect, defaultContainer, newQuoting);
    }

    QuotingStrategy quoting() {
        return quoting;
    }

    String container(String catalogName, String schemaName) {
        String named = queries.container(catalogName, schemaName);
        return named != null ? named : defaultContainer;
    }

    /** The container as shown in messages. */
    static String shown(String container) {
        return container == null ? "" : " in " + container;
    }

    /** A name as the catalog spells it; null for null or blank. */
    String spell(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return queries.caseInsensitiveNames() ? name.trim() : dialect.identifiers().catalogSpelling(name.trim(), quoting);
    }

    /** A comma list of names, each spelled; empty for null or blank. */
    List<String> spellList(String names) {
        List<String> out = new ArrayList<>();
        if (names != null) {
            for (String n : names.split(",")) {
                if (!n.isBlank()) {
                    out.add(spell(n));
                }
            }
        }
        return out;
    }
}
