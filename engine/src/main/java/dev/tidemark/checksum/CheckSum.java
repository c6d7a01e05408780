// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.checksum;

import java.util.Objects;

/**
 * A changeset checksum as DATABASECHANGELOG.MD5SUM stores it: {@code <version>:<hex>}, e.g.
 * {@code 9:3d828f93c7594c31e5da979cbc268032}. A stored value without a {@code n:} prefix is version 1,
 * as in Liquibase. The special validCheckSum values (ANY, ALL, *) are the caller's business.
 *
 * @param version the algorithm version (9 since Liquibase 4.22, 8 before)
 * @param hex     the digest as written (lowercase hex for computed values)
 */
public record CheckSum(int version, String hex) {

    public CheckSum {
        Objects.requireNonNull(hex, "hex");
    }

    /** Parses a stored value; text without a {@code n:} prefix is version 1. */
    public static CheckSum parse(String text) {
        Objects.requireNonNull(text, "text");
        int colon = text.indexOf(':');
        if (colon > 0 && text.substring(0, colon).chars().allMatch(Character::isDigit)) {
            return new CheckSum(Integer.parseInt(text.substring(0, colon)), text.substring(colon + 1));
        }
        return new CheckSum(1, text);
    }

    @Override
    public String toString() {
        return version + ":" + hex;
    }
}
