// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.h2;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.model.SourceLocation;
import dev.tidemark.sql.Literals;
import java.util.ArrayList;
import java.util.List;

/**
 * H2's literals. Dates are quoted text and sequences are read with {@code NEXTVAL('s')} /
 * {@code CURRVAL('s')}, as Liquibase writes them (H2 2.x still accepts both); NUL characters are
 * concatenated as {@code CHAR(0)} so that no client reads them as the end of the text.
 */
public class H2Literals extends Literals {
    public H2Literals(Dialect dialect) {
        super(dialect);
    }

    @Override
    protected String stringWithNul(String value, SourceLocation at) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= value.length(); i++) {
            if (i == value.length() || value.charAt(i) == '\0') {
                if (i > start) {
                    parts.add(quoted(value.substring(start, i)));
                }
                if (i < value.length()) {
                    parts.add("CHAR(0)");
                }
                start = i + 1;
            }
        }
        return String.join(" || ", parts);
    }

    @Override
    public String sequenceNext(String qualifiedName, SourceLocation at) {
        return "NEXTVAL(" + string(qualifiedName, at) + ")";
    }

    @Override
    public String sequenceCurrent(String qualifiedName, SourceLocation at) {
        return "CURRVAL(" + string(qualifiedName, at) + ")";
    }
}
