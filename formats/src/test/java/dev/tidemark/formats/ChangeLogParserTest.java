package dev.tidemark.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidemark.error.Diagnostic;
import dev.tidemark.model.ChangeLog;
import dev.tidemark.model.ChangeSet;
import dev.tidemark.model.change.CreateTable;
import dev.tidemark.model.change.Sql;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangeLogParserTest {
    @TempDir
    Path dir;

    private void write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
    }

    private ParseResult parse(String file) {
        return new ChangeLogParser(ParseOptions.isolated(dir)).parse(file);
    }

    private static List<String> lines(ParseResult r) {
        return r.diagnostics().stream().map(Diagnostic::toString).toList();
    }

    @Test
    void yaml_createTableWithColumnsAndConstraints() throws IOException {
        write("db/main.yaml", String.join("\n",
                "databaseChangeLog:",
                "  - changeSet:",
                "      id: 1",
                "      author: alice",
                "      comment: first table",
                "      changes:",
                "        - createTable:",
                "            tableName: person",
                "            columns:",
                "              - column:",
                "                  name: id",
                "                  type: int",
                "                  constraints:",
                "                    primaryKey: true",
                "                    nullable: false",
                "              - column:",
                "                  name: name",
                "                  type: varchar(50)",
                "      rollback: drop table person",
                ""));
        ParseResult r = parse("db/main.yaml");
        assertEquals(List.of(), lines(r));
        ChangeLog log = r.changeLog().orElseThrow();
        ChangeSet cs = log.changeSets().get(0);
        assertEquals("db/main.yaml::1::alice", cs.identifier());
        assertEquals("first table", cs.comment());
        CreateTable t = (CreateTable) cs.changes().get(0);
        assertEquals("person", t.tableName());
        assertEquals(2, t.columns().size());
        assertEquals(Boolean.FALSE, t.columns().get(0).constraints().nullable());
        assertEquals(Boolean.TRUE, t.columns().get(0).constraints().primaryKey());
        assertEquals("varchar(50)", t.columns().get(1).type());
        assertEquals(new dev.tidemark.model.SourceLocation("db/main.yaml", 7, 11), t.location());
        assertEquals("drop table person", ((Sql) cs.rollback().changes().get(0)).sql());
    }

    @Test
    void yaml_reportsEveryErrorWithItsPlace() throws IOException {
        write("bad.yaml", String.join("\n",
                "databaseChangeLog:",
                "  - changeSet:",
                "      id: a",
                "      author: bob",
                "      changes:",
                "        - createTabel:",
                "            tableName: x",
                "        - addColumn:",
                "            columns:",
                "              - column:",
                "                  name: c",
                "                  type: int",
                "                  constraints:",
                "                    nulable: false",
                "  - changeSet:",
                "      id: a",
                "      author: bob",
                "      runOnChange: maybe",
                "      changes:",
                "        - empty: {}",
                ""));
        ParseResult r = parse("bad.yaml");
        assertEquals(List.of(
                "bad.yaml:6:11: error TM101: unknown change type 'createTabel'; did you mean 'createTable'? [changeset a::bob]",
                "bad.yaml:8:11: error TM104: addColumn needs 'tableName' [changeset a::bob]",
                "bad.yaml:14:21: warning TM102: unknown attribute 'nulable' of constraints; did you mean 'nullable'? [changeset a::bob]",
                "bad.yaml:15:5: error TM105: duplicate changeset bad.yaml::a::bob: already defined at bad.yaml:2:5 [changeset a::bob]",
                "bad.yaml:18:20: error TM103: 'runOnChange' of changeSet must be true or false, found 'maybe' [changeset a::bob]"),
                lines(r));
        assertTrue(r.changeLog().isEmpty());
    }

    @Test
    void strict_makesUnknownAttributesErrors() throws IOException {
        write("c.yaml", "databaseChangeLog:\n  - changeSet:\n      id: 1\n      author: a\n      changes:\n"
                + "        - dropTable:\n            tableName: t\n            cascade: true\n");
        ParseResult lenient = parse("c.yaml");
        assertFalse(lenient.hasErrors());
        assertEquals(1, lenient.warnings().size());
        ParseResult strict = new ChangeLogParser(ParseOptions.isolated(dir).withStrict(true)).parse("c.yaml");
        assertTrue(strict.hasErrors());
    }

    @Test
    void includes_relativePathsContextsAndCycles() throws IOException {
        write("root.yaml", "databaseChangeLog:\n  - include:\n      file: sub/a.json\n      relativeToChangelogFile: true\n"
                + "      context: dev\n");
        write("sub/a.json", "{\"databaseChangeLog\": [ {\"changeSet\": {\"id\": \"1\", \"author\": \"a\", \"changes\": "
                + "[ {\"sql\": {\"sql\": \"select ${x}\"}} ]}},\n {\"include\": {\"file\": \"../root.yaml\", \"relativeToChangelogFile\": true}} ]}");
        ParseResult r = new ChangeLogParser(ParseOptions.isolated(dir).withParameters(Map.of("x", "42"))).parse("root.yaml");
        assertEquals(List.of("sub/a.json:2:3: error TM107: include cycle: root.yaml -> sub/a.json -> root.yaml"), lines(r));
    }

    @Test
    void properties_substituteAndInherit() throws IOException {
        write("p.yaml", String.join("\n",
                "databaseChangeLog:",
                "  - property:",
                "      name: table",
                "      value: person_${suffix}",
                "  - property:",
                "      name: suffix",
                "      value: v1",
                "  - changeSet:",
                "      id: 1",
                "      author: a",
                "      changes:",
                "        - dropTable:",
                "            tableName: ${table}",
                "        - dropTable:",
                "            tableName: ${missing}",
                ""));
        ParseResult r = parse("p.yaml");
        assertEquals(List.of("p.yaml:15:24: warning TM113: property 'missing' is not defined; '${missing}' is kept as written [changeset 1::a]"),
                lines(r));
        ChangeSet cs = r.changeLog().orElseThrow().changeSets().get(0);
        assertEquals("person_v1", ((dev.tidemark.model.change.DropTable) cs.changes().get(0)).tableName());
        assertEquals("${missing}", ((dev.tidemark.model.change.DropTable) cs.changes().get(1)).tableName());
    }

    @Test
    void properties_selfReferenceIsAnError() throws IOException {
        write("q.yaml", "databaseChangeLog:\n  - property:\n      name: a\n      value: x${b}\n  - property:\n      name: b\n"
                + "      value: ${a}\n  - changeSet:\n      id: 1\n      author: a\n      changes:\n        - dropTable:\n"
                + "            tableName: ${a}\n");
        ParseResult r = parse("q.yaml");
        assertEquals(List.of("q.yaml:13:24: error TM108: property 'a' refers to itself: a -> b -> a [changeset 1::a]"), lines(r));
    }

    @Test
    void duplicates_dbmsDisjointCopiesAreAllowed() throws IOException {
        write("d.yaml", "databaseChangeLog:\n"
                + "  - changeSet: {id: 1, author: a, dbms: postgresql, changes: [ {sql: {sql: select 1}} ]}\n"
                + "  - changeSet: {id: 1, author: a, dbms: 'mysql,mariadb', changes: [ {sql: {sql: select 1}} ]}\n"
                + "  - changeSet: {id: 1, author: a, dbms: '!oracle', changes: [ {sql: {sql: select 1}} ]}\n");
        ParseResult r = parse("d.yaml");
        assertEquals(List.of("d.yaml:4:5: error TM105: duplicate changeset d.yaml::1::a: already defined at d.yaml:2:5 [changeset 1::a]"),
                lines(r));
    }

    @Test
    void missingRootFile_isReported() {
        ParseResult r = parse("nope.yaml");
        assertEquals(1, r.errors().size());
        assertTrue(r.errors().get(0).toString().startsWith("nope.yaml: error TM106: changelog file not found"));
    }
}
