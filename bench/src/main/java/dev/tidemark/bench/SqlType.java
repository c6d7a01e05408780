// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.bench;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;

/**
 * A generated column's type: its kind and, for {@code varchar(n)} and {@code decimal(p,s)}, its size
 * and scale, which values written into the column must fit.
 */
record SqlType(Kind kind, int size, int scale) {

    /** The portable types the generator uses, written in changelogs as Liquibase's type names. */
    enum Kind {
        INT("quantity", "rank", "age", "level", "position"),
        BIGINT("external_ref", "views", "balance_cents", "version"),
        VARCHAR("name", "title", "email", "code", "status", "city", "phone"),
        DECIMAL("amount", "price", "rate", "weight", "discount"),
        BOOLEAN("is_active", "is_deleted", "verified", "archived"),
        DATE("birth_date", "due_date", "valid_from", "valid_to"),
        TIMESTAMP("created_at", "updated_at", "last_login", "shipped_at"),
        TEXT("description", "notes", "body", "summary");

        private final List<String> columnWords;

        Kind(String... columnWords) {
            this.columnWords = List.of(columnWords);
        }

        /** A column name that suits the type ({@code created_at} for a timestamp). */
        String columnWord(Random random) {
            return columnWords.get(random.nextInt(columnWords.size()));
        }
    }

    SqlType {
        Objects.requireNonNull(kind, "kind");
    }

    static SqlType of(Kind kind) {
        return new SqlType(kind, 0, 0);
    }

    /** A type of a uniformly chosen kind, with a plausible size. */
    static SqlType random(Random random) {
        Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
        switch (kind) {
            case VARCHAR:
                return new SqlType(kind, 16 + 8 * random.nextInt(30), 0);
            case DECIMAL:
                int precision = 8 + random.nextInt(11);
                return new SqlType(kind, precision, random.nextInt(5));
            default:
                return of(kind);
        }
    }

    /** The type as a changelog writes it: {@code varchar(40)}, {@code decimal(12,2)}, {@code bigint}. */
    String text() {
        switch (kind) {
            case VARCHAR:
                return "varchar(" + size + ")";
            case DECIMAL:
                return "decimal(" + size + "," + scale + ")";
            default:
                return kind.name().toLowerCase(Locale.ROOT);
        }
    }

    /** Whether an index on such a column works on every database the project targets (not on text in MySQL). */
    boolean indexable() {
        return kind != Kind.TEXT && kind != Kind.BOOLEAN;
    }
}
