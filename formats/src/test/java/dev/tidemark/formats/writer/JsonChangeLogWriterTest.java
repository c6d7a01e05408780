// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.formats.writer;

import static dev.tidemark.formats.writer.ModelFactory.changeSet;
import static dev.tidemark.formats.writer.ModelFactory.file;
import static dev.tidemark.formats.writer.ModelFactory.make;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tidemark.model.ColumnConfig;
import dev.tidemark.model.Rollback;
import dev.tidemark.model.change.Insert;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonChangeLogWriterTest {

    @Test
    void write_matchesTheGoldenFileForTheRepresentativeChangeLog() {
        assertEquals(Golden.read("representative.json"),
                new JsonChangeLogWriter().write(Representative.changeLog(), n -> ChangeLogConverter.renamed(n, ".json")));
    }

    @Test
    void write_escapesQuotesBackslashesLineBreaksAndControlCharactersButNotUnicode() {
        String json = new JsonChangeLogWriter().write(file(changeSet("007", "a", "changes", List.of(
                make(Insert.class, "tableName", "t", "columns", List.of(
                        make(ColumnConfig.class, "name", "c", "value", "say \"hi\"\\ ${x}\n\ttab\u0001 日本",
                                "startWith", new BigInteger("12345678901234567890"), "valueBoolean", false)))),
                "rollback", make(Rollback.class))), n -> n);
        assertEquals(String.join("\n",
                "{",
                "  \"databaseChangeLog\": [",
                "    {",
                "      \"changeSet\": {",
                "        \"id\": \"007\",",
                "        \"author\": \"a\",",
                "        \"changes\": [",
                "          {",
                "            \"insert\": {",
                "              \"tableName\": \"t\",",
                "              \"columns\": [",
                "                {",
                "                  \"column\": {",
                "                    \"name\": \"c\",",
                "                    \"value\": \"say \\\"hi\\\"\\\\ ${x}\\n\\ttab\\u0001 日本\",",
                "                    \"valueBoolean\": false,",
                "                    \"startWith\": 12345678901234567890",
                "                  }",
                "                }",
                "              ]",
                "            }",
                "          }",
                "        ],",
                "        \"rollback\": []",
                "      }",
                "    }",
                "  ]",
                "}",
                ""), json);
    }
}
