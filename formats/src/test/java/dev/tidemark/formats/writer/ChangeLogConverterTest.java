// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.formats.writer;

import static dev.tidemark.formats.writer.ModelFactory.changeSet;
import static dev.tidemark.formats.writer.ModelFactory.make;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tidemark.error.TidemarkException;
import dev.tidemark.formats.ChangeLogParser;
import dev.tidemark.formats.ParseOptions;
import dev.tidemark.formats.ParseResult;
import dev.tidemark.formats.ResourceLocator;
import dev.tidemark.model.ChangeLog;
import dev.tidemark.model.ChangeLogEntry;
import dev.tidemark.model.ChangeLogFile;
import dev.tidemark.model.ChangeSet;
import dev.tidemark.model.change.LoadData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangeLogConverterTest {
    @TempDir
    Path temp;

    private void source(String path, String content) throws IOException {
        Path file = temp.resolve("src").resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private static ChangeLog parse(Path searchRoot, String path) {
        ParseResult r = new ChangeLogParser(ParseOptions.isolated(searchRoot)).parse(path);
        assertEquals("", r.errors().stream().map(Object::toString).collect(Collectors.joining("\n")));
        return r.changeLog().orElseThrow();
    }

    private void tree() throws IOException {
        source("db/changelog.yaml", String.join("\n",
                "databaseChangeLog:",
                "  - include: {file: tables.yaml, relativeToChangelogFile: true}",
                "  - includeAll: {path: more/, relativeToChangelogFile: true}",
                ""));
        source("db/tables.yaml", String.join("\n",
                "databaseChangeLog:",
                "  - changeSet:",
                "      id: '1'",
                "      author: alice",
                "      changes:",
                "        - loadData: {tableName: person, file: data/people.csv, relativeToChangelogFile: true}",
                "        - sqlFile: {path: db/scripts/fix.sql}",
                ""));
        source("db/more/001-first.yaml", String.join("\n",
                "databaseChangeLog:",
                "  - changeSet: {id: '2', author: bob, changes: [{sql: {sql: SELECT 1}}]}",
                ""));
        source("db/data/people.csv", "id,name\n1,Ann\n");
        source("db/scripts/fix.sql", "UPDATE person SET name = 'x';\n");
    }

    @Test
    void convert_writesEveryFileUnderTheOutputFolderAndCopiesReferencedFiles() throws IOException {
        tree();
        Path src = temp.resolve("src");
        ChangeLog original = parse(src, "db/changelog.yaml");
        Path out = temp.resolve("out");
        ResourceLocator locator = new ResourceLocator(List.of(src));

        List<Path> written = new ChangeLogConverter(p -> locator.find(p).orElse(src.resolve(p)))
                .convert(original, ChangeLogFile.Format.JSON, out.resolve("db/changelog.json"));

        assertEquals(List.of("db/changelog.json", "db/tables.json", "db/more/001-first.json", "db/data/people.csv",
                "db/scripts/fix.sql"), written.stream().map(p -> out.relativize(p).toString()).toList());
        assertArrayEquals(Files.readAllBytes(src.resolve("db/data/people.csv")),
                Files.readAllBytes(out.resolve("db/data/people.csv")));
        assertEquals(String.join("\n",
                "{",
                "  \"databaseChangeLog\": [",
                "    {",
                "      \"include\": {",
                "        \"file\": \"tables.json\",",
                "        \"relativeToChangelogFile\": true",
                "      }",
                "    },",
                "    {",
                "      \"includeAll\": {",
                "        \"path\": \"more/\",",
                "        \"relativeToChangelogFile\": true",
                "      }",
                "    }",
                "  ]",
                "}",
                ""), Files.readString(out.resolve("db/changelog.json")));
    }

    @Test
    void convert_keepsEachChangeSetIdentityThroughALogicalFilePath() throws IOException {
        tree();
        Path src = temp.resolve("src");
        ChangeLog original = parse(src, "db/changelog.yaml");
        Path out = temp.resolve("out");
        ResourceLocator locator = new ResourceLocator(List.of(src));
        new ChangeLogConverter(p -> locator.find(p).orElse(src.resolve(p)))
                .convert(original, ChangeLogFile.Format.JSON, out.resolve("db/main.json"));

        ChangeLog converted = parse(out, "db/main.json");
        assertEquals(List.of("db/tables.yaml::1::alice", "db/more/001-first.yaml::2::bob"),
                converted.changeSets().stream().map(ChangeSet::identifier).toList());
        assertEquals(List.of(), new ModelComparator(true).differences(original.changeSets(), converted.changeSets()));
        assertEquals(String.join("\n",
                "{",
                "  \"databaseChangeLog\": [",
                "    {",
                "      \"logicalFilePath\": \"db/tables.yaml\"",
                "    },"), Files.readString(out.resolve("db/tables.json")).lines().limit(5)
                .collect(Collectors.joining("\n")));
    }

    private static ChangeLog changeLog(ChangeLogFile... files) {
        return new ChangeLog(files[0].path(), List.of(), List.of(), List.of(files));
    }

    private static ChangeLogFile yaml(String path, ChangeLogEntry... entries) {
        return new ChangeLogFile(path, ChangeLogFile.Format.YAML, null, null, null, null, List.of(entries));
    }

    @Test
    void convert_refusesAFileOutsideTheRootFolder() {
        ChangeLog log = changeLog(yaml("db/changelog.yaml"), yaml("shared/common.yaml"));
        TidemarkException e = assertThrows(TidemarkException.class, () -> new ChangeLogConverter()
                .convert(log, ChangeLogFile.Format.XML, temp.resolve("out/changelog.xml")));
        assertEquals("shared/common.yaml: TM109 shared/common.yaml lies outside the root changelog's folder db,"
                + " so it has no place in the output", e.toString());
    }

    @Test
    void convert_refusesTwoFilesThatWouldGetTheSameName() {
        ChangeLog log = changeLog(yaml("db/changelog.yaml"), yaml("db/a.xml"), yaml("db/a.json"));
        TidemarkException e = assertThrows(TidemarkException.class, () -> new ChangeLogConverter()
                .convert(log, ChangeLogFile.Format.YAML, temp.resolve("out/changelog.yaml")));
        assertEquals("db/a.json: TM109 db/a.json and db/a.xml would both be written to "
                + temp.resolve("out/a.yaml"), e.toString());
    }

    @Test
    void convert_reportsAMissingReferencedFile() {
        ChangeLog log = changeLog(yaml("db/changelog.yaml", changeSet("1", "a", "changes", List.of(
                make(LoadData.class, "tableName", "t", "file", "gone.csv", "relativeToChangelogFile", true)))));
        Path src = temp.resolve("src");
        TidemarkException e = assertThrows(TidemarkException.class, () -> new ChangeLogConverter(src::resolve)
                .convert(log, ChangeLogFile.Format.YAML, temp.resolve("out/changelog.yaml")));
        assertEquals("db/changelog.yaml:3:5: TM106 cannot copy db/gone.csv: no such file", e.toString());
    }
}
