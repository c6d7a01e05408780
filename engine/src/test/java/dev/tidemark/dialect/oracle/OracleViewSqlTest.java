// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.oracle;

import static dev.tidemark.dialect.SchemaObjectFixtures.assertRefused;
import static dev.tidemark.dialect.SchemaObjectFixtures.change;
import static dev.tidemark.dialect.SchemaObjectFixtures.sql;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tidemark.dialect.DatabaseVersion;
import dev.tidemark.dialect.Dialects;
import dev.tidemark.dialect.QuotingStrategy;
import dev.tidemark.dialect.SchemaObjectFixtures;
import dev.tidemark.error.ErrorCode;
import dev.tidemark.model.change.CreateView;
import dev.tidemark.model.change.DropView;
import dev.tidemark.model.change.RenameView;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OracleViewSqlTest {
    private static final String ORA = "oracle";

    @Test
    void createView_remarksAreATableComment() {
        assertEquals(List.of("CREATE OR REPLACE VIEW cat.v AS SELECT 1 AS x FROM dual", "COMMENT ON TABLE cat.v IS 'Books'"),
                sql(ORA, change(CreateView.class, "catalogName", "cat", "schemaName", "sch", "viewName", "v", "remarks", "Books",
                        "replaceIfExists", true, "selectQuery", "SELECT 1 AS x FROM dual;")));
    }

    @Test
    void dropView_ifExists_isRefusedBeforeOracle23() {
        assertEquals(List.of("DROP VIEW dv_titles"), sql(ORA, change(DropView.class, "viewName", "dv_titles", "ifExists", false)));
        assertRefused(ORA, change(DropView.class, "viewName", "dv_missing", "ifExists", true), ErrorCode.INVALID_VALUE,
                "dropView: ifExists is not allowed on Oracle 19.0");
        assertEquals(List.of("DROP VIEW IF EXISTS dv_missing"),
                SchemaObjectFixtures.sql(SchemaObjectFixtures.context(Dialects.named(ORA, new DatabaseVersion(23, 0)),
                        QuotingStrategy.LEGACY, Map.of(), Map.of()), change(DropView.class, "viewName", "dv_missing", "ifExists", true)));
    }

    @Test
    void renameView_isRename_inTheCurrentSchemaOnly() {
        assertEquals(List.of("RENAME rv_old TO rv_new"),
                sql(ORA, change(RenameView.class, "oldViewName", "rv_old", "newViewName", "rv_new")));
        assertRefused(ORA, change(RenameView.class, "schemaName", "app", "oldViewName", "a", "newViewName", "b"),
                ErrorCode.INVALID_VALUE,
                "renameView: catalogName and schemaName are not allowed (RENAME works in the current schema only) on Oracle 19.0");
    }
}
