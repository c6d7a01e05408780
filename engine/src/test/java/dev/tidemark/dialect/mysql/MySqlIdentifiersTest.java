// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.mysql;

import static dev.tidemark.dialect.QuotingStrategy.LEGACY;
import static dev.tidemark.dialect.QuotingStrategy.QUOTE_ALL_OBJECTS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tidemark.dialect.Dialects;
import dev.tidemark.dialect.Identifiers;
import org.junit.jupiter.api.Test;

class MySqlIdentifiersTest {
    private final Identifiers mysql = Dialects.named("mysql", null).identifiers();
    private final Identifiers mariadb = Dialects.named("mariadb", null).identifiers();

    @Test
    void legacy_backQuotesReservedWordsAndOddNames_keepsCase() {
        assertEquals("`order`", mysql.quote("order", LEGACY));
        assertEquals("`Order`", mysql.quote("Order", LEGACY));
        assertEquals("user", mysql.quote("user", LEGACY));
        assertEquals("MixedCase", mysql.quote("MixedCase", LEGACY));
        assertEquals("`with space`", mysql.quote("with space", LEGACY));
        assertEquals("`a``b`", mysql.quote("a`b", LEGACY));
        assertEquals("`über`", mysql.quote("über", LEGACY));
    }

    @Test
    void eachServerHasItsOwnReservedWords() {
        // ROW and RANK are reserved in MySQL 8.0, not in MariaDB
        assertEquals("`row`", mysql.quote("row", LEGACY));
        assertEquals("`rank`", mysql.quote("rank", LEGACY));
        assertEquals("row", mariadb.quote("row", LEGACY));
        assertEquals("rank", mariadb.quote("rank", LEGACY));
        assertEquals("`offset`", mariadb.quote("offset", LEGACY));
        assertEquals("offset", mysql.quote("offset", LEGACY));
    }

    @Test
    void qualify_prefersTheCatalog() {
        assertEquals("MyCat.t", mysql.qualify("MyCat", "myschema", "t", LEGACY));
        assertEquals("MySchema.t", mysql.qualify(null, "MySchema", "t", LEGACY));
        assertEquals("`MyCat`.`t`", mysql.qualify("MyCat", null, "t", QUOTE_ALL_OBJECTS));
    }
}
