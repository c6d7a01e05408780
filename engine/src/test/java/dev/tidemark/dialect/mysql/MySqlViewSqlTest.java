// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.mysql;

import static dev.tidemark.dialect.SchemaObjectFixtures.change;
import static dev.tidemark.dialect.SchemaObjectFixtures.context;
import static dev.tidemark.dialect.SchemaObjectFixtures.sql;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tidemark.dialect.QuotingStrategy;
import dev.tidemark.model.change.CreateView;
import dev.tidemark.model.change.DropView;
import dev.tidemark.model.change.RenameView;
import java.util.List;
import org.junit.jupiter.api.Test;

class MySqlViewSqlTest {
    private static final String MY = "mysql";

    @Test
    void createView_remarksAreLeftOut() {
        assertEquals(List.of("CREATE VIEW cv_cheap_books AS SELECT id, title FROM cv_book WHERE price < 10"),
                sql(MY, change(CreateView.class, "viewName", "cv_cheap_books", "remarks", "Books under ten",
                        "selectQuery", "SELECT id, title FROM cv_book WHERE price < 10")));
    }

    @Test
    void createView_replace_andReservedName() {
        assertEquals(List.of("CREATE OR REPLACE VIEW db.`select` AS SELECT 1"),
                sql(MY, change(CreateView.class, "schemaName", "db", "viewName", "select", "replaceIfExists", true,
                        "selectQuery", "SELECT 1")));
    }

    @Test
    void dropView_ifExists() {
        assertEquals(List.of("DROP VIEW IF EXISTS dv_missing"),
                sql(MY, change(DropView.class, "viewName", "dv_missing", "ifExists", true)));
    }

    @Test
    void renameView_isRenameTable_bothNamesQualified() {
        assertEquals(List.of("RENAME TABLE db.a TO db.b"),
                sql(MY, change(RenameView.class, "schemaName", "db", "oldViewName", "a", "newViewName", "b")));
        assertEquals(List.of("RENAME TABLE `rv_old` TO `rv_new`"),
                sql(context(MY, QuotingStrategy.QUOTE_ALL_OBJECTS), change(RenameView.class, "oldViewName", "rv_old",
                        "newViewName", "rv_new")));
    }
}
