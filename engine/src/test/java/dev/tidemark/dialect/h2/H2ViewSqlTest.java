// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.h2;

import static dev.tidemark.dialect.SchemaObjectFixtures.change;
import static dev.tidemark.dialect.SchemaObjectFixtures.sql;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tidemark.model.change.CreateView;
import dev.tidemark.model.change.DropView;
import dev.tidemark.model.change.RenameView;
import java.util.List;
import org.junit.jupiter.api.Test;

class H2ViewSqlTest {
    private static final String H2 = "h2";

    @Test
    void createView_remarksAreAViewComment() {
        assertEquals(List.of("CREATE VIEW public.cv_all_books AS SELECT * FROM cv_book", "COMMENT ON VIEW public.cv_all_books IS 'All'"),
                sql(H2, change(CreateView.class, "catalogName", "app", "schemaName", "public", "viewName", "cv_all_books",
                        "remarks", "All", "selectQuery", "SELECT * FROM cv_book")));
    }

    @Test
    void createView_fullDefinition_keepsTheBodysNames() {
        assertEquals(List.of("CREATE VIEW cv_titles AS SELECT title FROM cv_book"),
                sql(H2, change(CreateView.class, "schemaName", "public", "viewName", "cv_titles", "fullDefinition", true,
                        "selectQuery", "CREATE VIEW cv_titles AS SELECT title FROM cv_book")));
    }

    @Test
    void dropView_ifExists() {
        assertEquals(List.of("DROP VIEW IF EXISTS dv_missing"), sql(H2, change(DropView.class, "viewName", "dv_missing", "ifExists", true)));
    }

    @Test
    void renameView_isAlterViewRename() {
        assertEquals(List.of("ALTER VIEW public.rv_old RENAME TO rv_new"),
                sql(H2, change(RenameView.class, "schemaName", "public", "oldViewName", "rv_old", "newViewName", "rv_new")));
    }
}
