// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * Name handling shared by the constraint and index generators: comma lists of columns as changes
 * write them, and the spelling a database stores for a name (for catalog lookups in run-time
 * blocks).
 */
public final class ConstraintNames {
    private ConstraintNames() {
    }

    /** The names of a comma list ({@code "id, code"}), trimmed, blanks dropped. */
    public static List<String> split(String commaList) {
        List<String> out = new ArrayList<>();
        if (commaList != null) {
            for (String part : commaList.split(",")) {
                String name = part.trim();
                if (!name.isEmpty()) {
                    out.add(name);
                }
            }
        }
        return out;
    }

    /** A comma list of column names, each quoted per the strategy, joined as Liquibase does ({@code "a, b"}). */
    public static String columnList(RenderContext ctx, String commaList) {
        List<String> quoted = new ArrayList<>();
        for (String name : split(commaList)) {
            quoted.add(ctx.name(name));
        }
        return String.join(", ", quoted);
    }

    /**
     * The name as the database's catalog stores it: as spelled inside the quotes when Tidemark
     * quotes it, folded (upper or lower case) when it is written unquoted.
     */
    public static String stored(RenderContext ctx, String name) {
        String written = ctx.name(name);
        if (written.equals(name)) {
            return ctx.dialect().identifiers().fold(name);
        }
        // The spelling between the quotes (H2 quotes some names upper-cased), embedded quotes undoubled.
        String close = written.substring(written.length() - 1);
        return written.substring(1, written.length() - 1).replace(close + close, close);
    }
}
