// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.checksum;

import static dev.tidemark.checksum.Models.changeSet;
import static dev.tidemark.checksum.Models.column;
import static dev.tidemark.checksum.Models.make;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tidemark.model.change.AddForeignKeyConstraint;
import dev.tidemark.model.change.CreateTable;
import dev.tidemark.model.change.CreateView;
import dev.tidemark.model.change.DropTable;
import dev.tidemark.model.change.Empty;
import dev.tidemark.model.change.Sql;
import dev.tidemark.model.change.SqlFile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Expected texts are what Liquibase 4.33.0 wrote for the same changes (cases/values and parity). */
class DescriptionsTest {

    @Test
    void change_listsNameAttributesButNotSchemaCatalogOrColumns() {
        CreateTable table = make(CreateTable.class, "catalogName", "app", "schemaName", "public", "tableName", "t",
                "columns", List.of(column("name", "a", "type", "int")));
        assertEquals("createTable tableName=t", Descriptions.of(table));
    }

    @Test
    void change_listsPathAndSortsTheText() {
        CreateView view = make(CreateView.class, "viewName", "cv_expensive_books", "path", "cv_expensive_books.sql");
        assertEquals("createView path=cv_expensive_books.sql, viewName=cv_expensive_books", Descriptions.of(view));
        assertEquals("sqlFile path=crlf.sql", Descriptions.of(make(SqlFile.class, "path", "crlf.sql")));
        assertEquals("sql", Descriptions.of(make(Sql.class, "sql", "SELECT 1")));
    }

    @Test
    void changeSet_joinsChangesAndSaysEmptyWithoutThem() {
        assertEquals("empty", Descriptions.of(changeSet()));
        assertEquals("empty", Descriptions.of(changeSet(make(Empty.class))));
        assertEquals("dropTable tableName=a; dropTable tableName=b",
                Descriptions.of(changeSet(make(DropTable.class, "tableName", "a"), make(DropTable.class, "tableName", "b"))));
    }

    /** cases/values long::t. */
    @Test
    void changeSet_cutsAt255CharactersEndingWithDots() {
        String description = Descriptions.of(changeSet(
                fk("a_very_long_base_table_name_indeed", "a_very_long_constraint_name_indeed", "a_very_long_referenced_table_name"),
                fk("another_very_long_base_table_name", "another_very_long_constraint_name", "another_very_long_referenced_name"),
                make(DropTable.class, "tableName", "t")));
        assertEquals("addForeignKeyConstraint baseTableName=a_very_long_base_table_name_indeed, "
                + "constraintName=a_very_long_constraint_name_indeed, referencedTableName=a_very_long_referenced_table_name; "
                + "addForeignKeyConstraint baseTableName=another_very_long_base_table_name,...", description);
        assertEquals(255, description.length());
    }

    private static AddForeignKeyConstraint fk(String base, String name, String referenced) {
        return make(AddForeignKeyConstraint.class, "baseTableName", base, "baseColumnNames", "x", "constraintName", name,
                "referencedTableName", referenced, "referencedColumnNames", "y");
    }
}
