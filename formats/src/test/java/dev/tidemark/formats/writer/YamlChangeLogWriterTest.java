// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.formats.writer;

import static dev.tidemark.formats.writer.ModelFactory.changeSet;
import static dev.tidemark.formats.writer.ModelFactory.file;
import static dev.tidemark.formats.writer.ModelFactory.make;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tidemark.model.ChangeLogFile;
import dev.tidemark.model.ColumnConfig;
import dev.tidemark.model.Rollback;
import dev.tidemark.model.change.AddColumn;
import dev.tidemark.model.change.Insert;
import dev.tidemark.model.change.Sql;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class YamlChangeLogWriterTest {
    private static final Function<String, String> TO_YAML = n -> ChangeLogConverter.renamed(n, ".yaml");

    private static String write(ChangeLogFile file) {
        return new YamlChangeLogWriter().write(file, TO_YAML);
    }

    private static ChangeLogFile insertValues(String... values) {
        List<ColumnConfig> columns = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            columns.add(make(ColumnConfig.class, "name", "c" + i, "value", values[i]));
        }
        return file(changeSet("1", "a", "changes", List.of(make(Insert.class, "tableName", "t", "columns", columns))));
    }

    @Test
    void write_matchesTheGoldenFileForTheRepresentativeChangeLog() {
        assertEquals(Golden.read("representative.yaml"), write(Representative.changeLog()));
    }

    @Test
    void write_quotesStringsThatWouldReadBackAsAnotherType() {
        String yaml = write(insertValues("1", "true", "null", "007", "9:30", "yes", "~", "", "1.5", "2024-01-31"));
        List<String> values = yaml.lines().filter(l -> l.contains("value:")).map(String::strip).toList();
        assertEquals(List.of("value: '1'", "value: 'true'", "value: 'null'", "value: '007'", "value: '9:30'",
                "value: 'yes'", "value: '~'", "value: ''", "value: '1.5'", "value: '2024-01-31'"), values);
    }

    @Test
    void write_leavesStringsPlainWhenTheyReadBackAsStrings() {
        String yaml = write(insertValues("9:abc", "${x}", "it's \"quoted\"", "héllo 日本", "a]]>b"));
        List<String> values = yaml.lines().filter(l -> l.contains("value:")).map(String::strip).toList();
        assertEquals(List.of("value: 9:abc", "value: ${x}", "value: it's \"quoted\"", "value: héllo 日本",
                "value: a]]>b"), values);
    }

    @Test
    void write_quotesLeadingAndTrailingSpacesAndEscapesControlCharacters() {
        String yaml = write(insertValues(" lead", "trail ", "tab\there", "bell\u0007", "cr\r\nlf"));
        List<String> values = yaml.lines().filter(l -> l.contains("value:")).map(String::strip).toList();
        assertEquals(List.of("value: ' lead'", "value: 'trail '", "value: \"tab\\there\"", "value: \"bell\\a\"",
                "value: \"cr\\r\\nlf\""), values);
    }

    @Test
    void write_usesLiteralBlocksWithTheChompingThatKeepsTrailingNewlines() {
        String yaml = write(file(changeSet("1", "a", "changes", List.of(
                make(Sql.class, "sql", "SELECT 1;\nSELECT 2;"),
                make(Sql.class, "sql", "SELECT 1;\n"),
                make(Sql.class, "sql", "SELECT 1;\n\n"),
                make(Sql.class, "sql", "  indented\nnext\n")))));
        assertEquals(String.join("\n",
                "databaseChangeLog:",
                "  - changeSet:",
                "      id: '1'",
                "      author: a",
                "      changes:",
                "        - sql:",
                "            sql: |-",
                "              SELECT 1;",
                "              SELECT 2;",
                "        - sql:",
                "            sql: |",
                "              SELECT 1;",
                "        - sql:",
                "            sql: |+",
                "              SELECT 1;",
                "",
                "        - sql:",
                "            sql: |2",
                "                indented",
                "              next",
                ""), yaml);
    }

    @Test
    void write_givesNumbersAndBooleansTheirOwnTypeAndOmitsNulls() {
        String yaml = write(file(changeSet("1", "a", "changes", List.of(make(AddColumn.class, "tableName", "t",
                "columns", List.of(make(ColumnConfig.class, "name", "n", "type", "int", "autoIncrement", true,
                        "startWith", new BigInteger("12345678901234567890"), "position", 3)))))));
        assertEquals(String.join("\n",
                "databaseChangeLog:",
                "  - changeSet:",
                "      id: '1'",
                "      author: a",
                "      changes:",
                "        - addColumn:",
                "            tableName: t",
                "            columns:",
                "              - column:",
                "                  name: n",
                "                  type: int",
                "                  autoIncrement: true",
                "                  startWith: 12345678901234567890",
                "                  position: 3",
                ""), yaml);
    }

    @Test
    void write_skipsLocationsIdentityPathsAndInheritedFilters() {
        ChangeLogFile file = file(changeSet("1", "a", "filePath", "some/other/path.xml",
                "inheritedContextFilters", List.of("ctx"), "inheritedLabels", List.of("lbl"),
                "rollback", make(Rollback.class)));
        assertEquals(String.join("\n",
                "databaseChangeLog:",
                "  - changeSet:",
                "      id: '1'",
                "      author: a",
                "      rollback: []",
                ""), write(file));
    }
}
