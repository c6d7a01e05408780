// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.mysql;

import static dev.tidemark.dialect.SchemaObjectFixtures.change;
import static dev.tidemark.dialect.SchemaObjectFixtures.sql;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tidemark.model.change.CreateView;
import dev.tidemark.model.change.RenameView;
import java.util.List;
import org.junit.jupiter.api.Test;

class MariaDbViewSqlTest {
    private static final String MARIA = "mariadb";

    @Test
    void createView_asMySql() {
        assertEquals(List.of("CREATE OR REPLACE VIEW v AS SELECT 1"),
                sql(MARIA, change(CreateView.class, "viewName", "v", "replaceIfExists", true, "remarks", "r", "selectQuery", "SELECT 1")));
    }

    @Test
    void renameView_isRenameTable() {
        assertEquals(List.of("RENAME TABLE rv_old TO rv_new"),
                sql(MARIA, change(RenameView.class, "oldViewName", "rv_old", "newViewName", "rv_new")));
    }
}
