// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.checksum;

import static dev.tidemark.checksum.Models.NO_FILES;
import static dev.tidemark.checksum.Models.changeSet;
import static dev.tidemark.checksum.Models.column;
import static dev.tidemark.checksum.Models.constraints;
import static dev.tidemark.checksum.Models.make;
import static dev.tidemark.checksum.Models.modifySql;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tidemark.model.ChangeSet;
import dev.tidemark.model.CustomParam;
import dev.tidemark.model.change.AddForeignKeyConstraint;
import dev.tidemark.model.change.CreateSequence;
import dev.tidemark.model.change.CreateTable;
import dev.tidemark.model.change.CreateView;
import dev.tidemark.model.change.CustomChange;
import dev.tidemark.model.change.LoadData;
import dev.tidemark.model.change.Sql;
import dev.tidemark.model.change.SqlFile;
import dev.tidemark.model.modifysql.Append;
import dev.tidemark.model.modifysql.Prepend;
import dev.tidemark.model.modifysql.RegExpReplace;
import dev.tidemark.model.modifysql.Replace;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Published Liquibase vectors and values computed by Liquibase 4.33.0 for the same changes
 * (the sources of each are named at the test).
 */
class CheckSumsTest {

    /** {@code <createTable tableName="person">} with an id primary key and a name column. */
    private static CreateTable person() {
        return make(CreateTable.class, "tableName", "person", "columns", List.of(
                column("name", "id", "type", "int",
                        "constraints", constraints("primaryKey", true, "nullable", false)),
                column("name", "name", "type", "varchar(50)")));
    }

    @Test
    void createTable_serializesAsTheReferenceShows() {
        assertEquals("createTable:[\n"
                + "    columns=[\n"
                + "        [\n"
                + "            [\n"
                + "                nullable=\"false\"\n"
                + "                primaryKey=\"true\"\n"
                + "            ]\n"
                + "            name=\"id\"\n"
                + "            type=\"int\"\n"
                + "        ],\n"
                + "        [\n"
                + "            name=\"name\"\n"
                + "            type=\"varchar(50)\"\n"
                + "        ]\n"
                + "    ]\n"
                + "    tableName=\"person\"\n"
                + "]", CheckSums.serialization(person(), 9));
        assertEquals("9:857e96ee29abba5e0630248942cd5a47", CheckSums.computeChange(person(), 9, NO_FILES).toString());
    }

    @Test
    void createTable_matchesThePublishedChangeSetVectors() {
        ChangeSet cs = changeSet(person());
        assertEquals("9:3d828f93c7594c31e5da979cbc268032", CheckSums.compute(cs, 9, null, NO_FILES).toString());
        assertEquals("8:29885bc9854106c40d48e6b1dc33111b", CheckSums.compute(cs, 8, null, NO_FILES).toString());
    }

    /**
     * The reference's vectors; its V8 value is the change's. The V8 changeset value is what Liquibase
     * 4.33.0 computes for {@code <sql>} in an XML changelog.
     */
    @Test
    void sql_hashesTheTextWithoutWhitespaceInV9AndWithItsHeaderInV8() {
        Sql sql = make(Sql.class, "sql", "insert into person (id, name) values (1, 'Bob')");
        assertEquals("9:0d14db6ced1f8b22c701377e3bd128e4", CheckSums.computeChange(sql, 9, NO_FILES).toString());
        assertEquals("8:aa1546ba98fafa30d99010fe233e1361", CheckSums.computeChange(sql, 8, NO_FILES).toString());
        assertEquals("9:52887f144050f606c9227bc7dc018a82", CheckSums.compute(changeSet(sql), 9, null, NO_FILES).toString());
        assertEquals("8:ff321520d7199b19855834f2de100d40", CheckSums.compute(changeSet(sql), 8, null, NO_FILES).toString());
    }

    /** Formatted SQL bodies strip comments by default, which V8 hashes in its header (Liquibase 4.33.0). */
    @Test
    void sql_v8HeaderCarriesStripComments() {
        Sql sql = make(Sql.class, "sql", "insert into person (id, name) values (1, 'Bob')", "stripComments", true);
        assertEquals("8:49f4e3649b2cafee9bddf6756ecb129a", CheckSums.compute(changeSet(sql), 8, null, NO_FILES).toString());
    }

    /** V8 value computed by Liquibase 4.33.0 for the same {@code <sql splitStatements="false">}. */
    @Test
    void sql_reformattedKeepsItsV9ChecksumButNotItsV8One() {
        Sql reformatted = make(Sql.class, "sql", "insert into person\n\t(id, name)\r\n  values (1,'Bob')",
                "splitStatements", false);
        assertEquals("9:52887f144050f606c9227bc7dc018a82", CheckSums.compute(changeSet(reformatted), 9, null, NO_FILES).toString());
        assertEquals("8:f5ffb00eb264def867be8bfcfd375a24", CheckSums.compute(changeSet(reformatted), 8, null, NO_FILES).toString());
    }

    /** Liquibase's calculateChecksum.test.groovy: changelogs/h2/complete/rollback.tag.changelog.xml::1::nvoxland. */
    @Test
    void officialVector_rollbackTagChangelogChangeSet1() {
        CreateTable createTable = make(CreateTable.class, "tableName", "person", "columns", List.of(
                column("name", "id", "type", "int", "autoIncrement", true,
                        "constraints", constraints("primaryKey", true, "nullable", false)),
                column("name", "firstname", "type", "varchar(50)"),
                column("name", "lastname", "type", "varchar(50)", "constraints", constraints("nullable", false))));
        assertEquals("9:10de8cd690aed1d88d837cbe555d1684", CheckSums.compute(changeSet(createTable), 9, "h2", NO_FILES).toString());
        assertEquals("8:b6084e5d5f46b534bbbe18a0d35d34e0", CheckSums.compute(changeSet(createTable), 8, "h2", NO_FILES).toString());
    }

    @Test
    void changeSetWithoutChanges_hashesTheEmptyString() {
        assertEquals("9:d41d8cd98f00b204e9800998ecf8427e", CheckSums.compute(changeSet(), 9, "h2", NO_FILES).toString());
        assertEquals("8:d41d8cd98f00b204e9800998ecf8427e", CheckSums.compute(changeSet(), 8, "h2", NO_FILES).toString());
    }

    /** cases/files sql-dbms-all-filtered: {@code <sql dbms="mariadb">SELECT 1</sql>}. */
    @Test
    void dbmsFilteredSql_isLeftOutInV9Only() {
        ChangeSet cs = changeSet(make(Sql.class, "sql", "SELECT 1", "dbms", "mariadb"));
        assertEquals("9:d41d8cd98f00b204e9800998ecf8427e", CheckSums.compute(cs, 9, "postgresql", NO_FILES).toString());
        assertEquals("9:6a68455a2c7f71d76609a01bf5a61983", CheckSums.compute(cs, 9, "mariadb", NO_FILES).toString());
        assertEquals("9:6a68455a2c7f71d76609a01bf5a61983", CheckSums.compute(cs, 9, null, NO_FILES).toString());
        assertEquals("8:b967cdcf22aef904b5d80ae2437d32ed", CheckSums.compute(cs, 8, "postgresql", NO_FILES).toString());
    }

    /** cases/values modsql::t: V9 drops the blocks' dbms, context and labels; V8 hashes them. */
    @Test
    void modifySql_chainsEachEditAfterTheChanges() {
        CreateTable t = make(CreateTable.class, "tableName", "t", "columns", List.of(column("name", "a", "type", "int")));
        ChangeSet cs = changeSet(List.of(
                modifySql("postgresql,h2", "dev", "l1", true,
                        make(Replace.class, "replace", "int", "with", "bigint"),
                        make(Append.class, "value", " engine=innodb")),
                modifySql(null, null, null, null,
                        make(RegExpReplace.class, "replace", "a+", "with", "b"),
                        make(Prepend.class, "value", "/* x */"))), t);
        assertEquals("9:b73e105e75a0dd135610348910c6a502", CheckSums.compute(cs, 9, "postgresql", NO_FILES).toString());
        assertEquals("8:c3af02ef5ca3f675220e5cd7caba46ea", CheckSums.compute(cs, 8, "postgresql", NO_FILES).toString());
    }

    /**
     * Liquibase 4.33.0's update stores (and its validate expects) a checksum without the modifySql blocks
     * whose dbms excludes the database: cli's interop fixture, parts/customers.xml::10::lb, as stored on a
     * live PostgreSQL and MariaDB.
     */
    @Test
    void modifySqlOfAnotherDatabase_isLeftOut() {
        CreateTable t = make(CreateTable.class, "tableName", "im_customer", "columns", List.of(
                column("name", "id", "type", "int", "constraints", constraints("primaryKey", true, "nullable", false)),
                column("name", "name", "type", "varchar(50)", "constraints", constraints("nullable", false)),
                column("name", "country", "type", "varchar(2)")));
        ChangeSet cs = changeSet(List.of(
                modifySql("mariadb", null, null, null, make(Append.class, "value", " ENGINE=InnoDB")),
                modifySql(null, null, null, null, make(RegExpReplace.class, "replace", "(?i)varchar\\(50\\)", "with", "VARCHAR(80)"))), t);
        assertEquals("9:2603c6fd4b8017c1132ba3f697409f1d", CheckSums.compute(cs, 9, "postgresql", NO_FILES).toString());
        assertEquals("9:60ee6804c1dda06edcffbfb2685b5f06", CheckSums.compute(cs, 9, "mariadb", NO_FILES).toString());
        ChangeSet withoutMariaDbBlock = changeSet(List.of(cs.modifySql().get(1)), t);
        assertEquals(CheckSums.compute(withoutMariaDbBlock, 8, "postgresql", NO_FILES), CheckSums.compute(cs, 8, "postgresql", NO_FILES),
                "the block is left out in V8 too (Liquibase filters the changeset before hashing in any version)");
        assertEquals("9:60ee6804c1dda06edcffbfb2685b5f06", CheckSums.compute(cs, 9, null, NO_FILES).toString(), "no database: all blocks");
    }

    /** parity customChange-2 (Tidemark refuses to run custom classes, but still hashes them as Liquibase). */
    @Test
    void customChange_hashesItsClassAndParamsAsAMap() {
        CustomChange change = make(CustomChange.class, "className", "com.example.changes.UppercaseColumnChange",
                "params", List.of(make(CustomParam.class, "name", "tableName", "value", "cc_user"),
                        make(CustomParam.class, "name", "columnName", "value", "email")));
        assertEquals("customChange:[\n"
                + "    class=\"com.example.changes.UppercaseColumnChange\"\n"
                + "    param={\n"
                + "        columnName=\"email\",\n"
                + "        tableName=\"cc_user\"\n"
                + "    }\n"
                + "]", CheckSums.serialization(change, 9));
        assertEquals("9:9e07041e2130d20be973b3ef162263bf", CheckSums.compute(changeSet(change), 9, "postgresql", NO_FILES).toString());
        assertEquals("8:9d218cedaee1adb1c669d666992d9e70", CheckSums.compute(changeSet(change), 8, "postgresql", NO_FILES).toString());
    }

    /** cases/values fk::t: deleteCascade replaces onDelete, as Liquibase's setter does. */
    @Test
    void addForeignKeyConstraint_deleteCascadeOverridesOnDelete() {
        String expected = "9:722dc40f365db25c0ed64f1e0b2cde92";
        Object[] base = {"baseTableName", "a", "baseColumnNames", "x", "constraintName", "c",
                "referencedTableName", "b", "referencedColumnNames", "y"};
        assertEquals(expected, CheckSums.computeChange(fk(base, "deleteCascade", true, "onDelete", "SET NULL"), 9, NO_FILES).toString());
        assertEquals(expected, CheckSums.computeChange(fk(base, "deleteCascade", false), 9, NO_FILES).toString());
        assertEquals(expected, CheckSums.computeChange(fk(base, "referencesUniqueColumn", true), 9, NO_FILES).toString());
        assertEquals("addForeignKeyConstraint:[\n"
                + "    baseColumnNames=\"x\"\n"
                + "    baseTableName=\"a\"\n"
                + "    constraintName=\"c\"\n"
                + "    onDelete=\"CASCADE\"\n"
                + "    referencedColumnNames=\"y\"\n"
                + "    referencedTableName=\"b\"\n"
                + "]", CheckSums.serialization(fk(base, "deleteCascade", true), 9));
    }

    private static AddForeignKeyConstraint fk(Object[] base, Object... more) {
        Object[] all = new Object[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return make(AddForeignKeyConstraint.class, all);
    }

    /** cases/files load-csv::t: comments, blank lines, CRLF and trailing newlines are not hashed. */
    @Test
    void loadData_hashesTheTableNameAndTheFilteredFile() {
        LoadData change = make(LoadData.class, "tableName", "t", "file", "data.csv", "relativeToChangelogFile", true);
        ChangeFiles files = Models.files(Map.of("data.csv", resource("cases/files/data.csv")));
        assertEquals("9:2c287fcb78470b5af8681c8c33040eba", CheckSums.compute(changeSet(change), 9, "h2", files).toString());
        assertEquals("8:b5bda56d368d41413d3823821945e4fa", CheckSums.compute(changeSet(change), 8, "h2", files).toString());
    }

    /** cases/files sqlfile-crlf::t. */
    @Test
    void sqlFile_hashesTheFileContent() {
        SqlFile change = make(SqlFile.class, "path", "crlf.sql", "relativeToChangelogFile", true);
        ChangeFiles files = Models.files(Map.of("crlf.sql", resource("cases/files/crlf.sql")));
        assertEquals("9:4209fec4bc7faad30dd85a6278e261dd", CheckSums.compute(changeSet(change), 9, "h2", files).toString());
        assertEquals("8:c424a70abf122cf8721e8b0b187195d9", CheckSums.compute(changeSet(change), 8, "h2", files).toString());
    }

    /** cases/files view-file::t: V9 substitutes changelog properties in the file before hashing it. */
    @Test
    void createViewFromFile_hashesSerializationAndExpandedFile() {
        CreateView change = make(CreateView.class, "viewName", "v", "path", "view.sql", "relativeToChangelogFile", true);
        byte[] view = resource("cases/files/view.sql");
        ChangeFiles files = ChangeFiles.of((path, relative, from) -> view, text -> text.replace("${tbl}", "books"));
        assertEquals("9:eb30e57a83b96f1b70bb9a0d1d365d8b", CheckSums.compute(changeSet(change), 9, "h2", files).toString());
        assertEquals("8:add2a137522432228ddcce344b827fc2", CheckSums.compute(changeSet(change), 8, "h2", files).toString());
    }

    @Test
    void checksumVersionPrefixIsPartOfTheChain() {
        ChangeSet cs = changeSet(make(CreateSequence.class, "sequenceName", "s"));
        CheckSum v9 = CheckSums.compute(cs, 9, null, NO_FILES);
        CheckSum v8 = CheckSums.compute(cs, 8, null, NO_FILES);
        assertEquals(CheckSums.computeChange(cs.changes().get(0), 9, NO_FILES).hex(),
                CheckSums.computeChange(cs.changes().get(0), 8, NO_FILES).hex());
        assertEquals(Digests.md5OfText("9:" + CheckSums.computeChange(cs.changes().get(0), 9, NO_FILES).hex() + ":"), v9.hex());
        assertEquals(Digests.md5OfText("8:" + CheckSums.computeChange(cs.changes().get(0), 9, NO_FILES).hex() + ":"), v8.hex());
    }

    static byte[] resource(String name) {
        try (InputStream in = CheckSumsTest.class.getResourceAsStream("/checksum/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("missing test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
