// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DbmsListTest {
    @Test
    void emptyMatchesEverything() {
        assertTrue(DbmsList.parse(null).matches("h2"));
        assertTrue(DbmsList.parse(" ").matches("postgresql"));
    }

    @Test
    void listMatchesItsNamesOnly_andMysqlIsNotMariaDb() {
        DbmsList list = DbmsList.parse("postgresql, mysql");
        assertTrue(list.matches("postgresql"));
        assertTrue(list.matches("mysql"));
        assertFalse(list.matches("mariadb"), "as in Liquibase 4.33, mysql does not select MariaDB");
        assertFalse(list.matches("h2"));
    }

    @Test
    void exclusionsAloneMatchEverythingElse() {
        DbmsList list = DbmsList.parse("!oracle, !h2");
        assertFalse(list.matches("oracle"));
        assertFalse(list.matches("h2"));
        assertTrue(list.matches("mariadb"));
    }

    @Test
    void allWinsOverEverything_noneOverTheRest() {
        assertTrue(DbmsList.parse("all, !h2").matches("h2"), "Liquibase checks all first");
        assertTrue(DbmsList.parse("none, all").matches("h2"));
        assertFalse(DbmsList.parse("none, h2").matches("h2"));
        assertFalse(DbmsList.parse("h2, !h2").matches("h2"));
    }
}
