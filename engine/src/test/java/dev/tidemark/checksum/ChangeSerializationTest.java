// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.checksum;

import static dev.tidemark.checksum.Models.NO_FILES;
import static dev.tidemark.checksum.Models.changeSet;
import static dev.tidemark.checksum.Models.column;
import static dev.tidemark.checksum.Models.make;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tidemark.model.change.AddColumn;
import dev.tidemark.model.change.CreateIndex;
import dev.tidemark.model.change.CreateProcedure;
import dev.tidemark.model.change.Insert;
import dev.tidemark.model.change.Output;
import dev.tidemark.model.change.Stop;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Serializations and checksums compared with Liquibase 4.33.0's for the same XML changes. */
class ChangeSerializationTest {

    @Test
    void columnValues_areConvertedAsLiquibaseReadsThem() {
        Insert insert = make(Insert.class, "tableName", "t", "columns", List.of(
                column("name", "a", "valueNumeric", "1.50"),
                column("name", "b", "valueNumeric", "(5)"),
                column("name", "c", "valueNumeric", "abc"),
                column("name", "d", "valueNumeric", "NULL"),
                column("name", "e", "valueDate", "2024-01-31 10:15:30"),
                column("name", "f", "valueDate", "NOW()"),
                column("name", "g", "valueDate", "2024-01-31T10:15:30.120"),
                column("name", "h", "valueDate", "2024-01-31", "valueComputed", "x()")));
        assertEquals("insert:[\n"
                + "    columns=[\n"
                + "        [\n"
                + "            name=\"a\"\n"
                + "            valueNumeric=\"1.50\"\n"
                + "        ],\n"
                + "        [\n"
                + "            name=\"b\"\n"
                + "            valueNumeric=\"5\"\n"
                + "        ],\n"
                + "        [\n"
                + "            name=\"c\"\n"
                + "            valueComputed=\"abc\"\n"
                + "        ],\n"
                + "        [\n"
                + "            name=\"d\"\n"
                + "        ],\n"
                + "        [\n"
                + "            name=\"e\"\n"
                + "            rawDateValue=\"2024-01-31 10:15:30\"\n"
                + "            valueDate=\"2024-01-31T10:15:30\"\n"
                + "        ],\n"
                + "        [\n"
                + "            name=\"f\"\n"
                + "            rawDateValue=\"NOW()\"\n"
                + "            valueComputed=\"NOW()\"\n"
                + "        ],\n"
                + "        [\n"
                + "            name=\"g\"\n"
                + "            rawDateValue=\"2024-01-31T10:15:30.120\"\n"
                + "            valueDate=\"2024-01-31T10:15:30.12\"\n"
                + "        ],\n"
                + "        [\n"
                + "            name=\"h\"\n"
                + "            rawDateValue=\"2024-01-31\"\n"
                + "            valueComputed=\"x()\"\n"
                + "            valueDate=\"2024-01-31\"\n"
                + "        ]\n"
                + "    ]\n"
                + "    tableName=\"t\"\n"
                + "]", CheckSums.serialization(insert, 9));
        assertEquals("9:dffe92d9d647d3a0f755b33cebe39b2c", CheckSums.compute(changeSet(insert), 9, null, NO_FILES).toString());
        assertEquals("8:44d55e090402912d30c9c9a81d0e58a5", CheckSums.compute(changeSet(insert), 8, null, NO_FILES).toString());
    }

    @Test
    void columnDefaults_andAddColumnOnlyAttributes() {
        AddColumn addColumn = make(AddColumn.class, "tableName", "t", "columns", List.of(
                column("name", "a", "type", "int", "defaultValueNumeric", "abc", "afterColumn", "z"),
                column("name", "b", "type", "date", "defaultValueDate", "2024-01-31 10:15:30"),
                column("name", "c", "type", "int", "defaultValueNumeric", "GENERATED_BY_DEFAULT")));
        assertEquals("addColumn:[\n"
                + "    columns=[\n"
                + "        [\n"
                + "            afterColumn=\"z\"\n"
                + "            defaultValueComputed=\"abc\"\n"
                + "            name=\"a\"\n"
                + "            type=\"int\"\n"
                + "        ],\n"
                + "        [\n"
                + "            defaultValueDate=\"2024-01-31T10:15:30\"\n"
                + "            name=\"b\"\n"
                + "            type=\"date\"\n"
                + "        ],\n"
                + "        [\n"
                + "            autoIncrement=\"true\"\n"
                + "            name=\"c\"\n"
                + "            type=\"int\"\n"
                + "        ]\n"
                + "    ]\n"
                + "    tableName=\"t\"\n"
                + "]", CheckSums.serialization(addColumn, 9));
        assertEquals("9:1efe2591c787c3bb15436725b401e09f", CheckSums.compute(changeSet(addColumn), 9, null, NO_FILES).toString());
    }

    @Test
    void createIndexColumns_loseWhatAnIndexColumnCannotHave_andOutputIsTrimmed() {
        CreateIndex index = make(CreateIndex.class, "tableName", "t", "indexName", "i", "using", "btree",
                "columns", List.of(column("name", "a", "type", "int", "descending", true)));
        Output output = make(Output.class, "message", "  hello  ", "target", " ");
        assertEquals("createIndex:[\n"
                + "    columns=[\n"
                + "        [\n"
                + "            descending=\"true\"\n"
                + "            name=\"a\"\n"
                + "        ]\n"
                + "    ]\n"
                + "    indexName=\"i\"\n"
                + "    tableName=\"t\"\n"
                + "]", CheckSums.serialization(index, 9));
        assertEquals("output:[\n    message=\"hello\"\n    target=\"STDERR\"\n]", CheckSums.serialization(output, 9));
        assertEquals("9:631f9441e71cf5dc3c93cd4299893c55", CheckSums.compute(changeSet(index, output), 9, null, NO_FILES).toString());
        assertEquals("8:b7d4f2d12d8be9a5d787beca69290ee9", CheckSums.compute(changeSet(index, output), 8, null, NO_FILES).toString());
    }

    @Test
    void stopWithoutMessage_hashesLiquibasesDefaultMessage() {
        assertEquals("stop:[\n    message=\"Stop command in changelog file\"\n]",
                CheckSums.serialization(make(Stop.class), 9));
    }

    /** parity createProcedure-3: V9 hashes the text apart; V8 serializes it as procedureBody. */
    @Test
    void createProcedure_v8SerializesTheTextAsProcedureBody() {
        CreateProcedure procedure = make(CreateProcedure.class, "procedureName", "cp_abs",
                "procedureText", "CREATE ALIAS cp_abs FOR 'java.lang.Math.abs(int)'");
        assertEquals("createProcedure:[\n    procedureName=\"cp_abs\"\n]", CheckSums.serialization(procedure, 9));
        assertEquals("createProcedure:[\n"
                + "    procedureBody=\"CREATE ALIAS cp_abs FOR 'java.lang.Math.abs(int)'\"\n"
                + "    procedureName=\"cp_abs\"\n"
                + "]", CheckSums.serialization(procedure, 8));
        assertEquals("9:cc1c2bfce103dc69e54f9957bcba43a0", CheckSums.compute(changeSet(procedure), 9, "h2", NO_FILES).toString());
        assertEquals("8:cf3eb998fba9371f2a06797ac90fe50c", CheckSums.compute(changeSet(procedure), 8, "h2", NO_FILES).toString());
    }
}
