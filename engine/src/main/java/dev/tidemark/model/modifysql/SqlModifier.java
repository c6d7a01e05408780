// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.model.modifysql;

import dev.tidemark.model.SourceLocation;
import java.util.List;

/** One edit inside a {@code modifySql} block. */
public sealed interface SqlModifier permits Replace, RegExpReplace, Prepend, Append {

    /** The element names, as written in changelogs, with their records. */
    List<Class<? extends SqlModifier>> TYPES = List.of(Replace.class, RegExpReplace.class, Prepend.class, Append.class);

    SourceLocation location();

    <R> R accept(SqlModifierVisitor<R> visitor);

    /** The element name of a modifier record class ({@code regExpReplace}). */
    static String nameOf(Class<?> type) {
        String simple = type.getSimpleName();
        return Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
    }
}
