// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.formats.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.tidemark.model.change.ChangeType;
import dev.tidemark.model.precondition.PreconditionType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class JsonSchemaGeneratorTest {
    private static final String REGENERATE = "tidemark.regenerate";

    private final String generated = new JsonSchemaGenerator().generate();
    private final JsonNode schema = parse(generated);

    private static JsonNode parse(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode def(String name) {
        return schema.get("$defs").get(name);
    }

    private static List<String> names(JsonNode object) {
        List<String> out = new ArrayList<>();
        object.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    /**
     * The published schema is the generated one. Run with -Dtidemark.regenerate=true to rewrite
     * it after changing the model or the generator.
     */
    @Test
    void committedSchema_equalsGeneratedSchema() throws IOException {
        Path committed = JsonSchemaValidationTest.committedSchema();
        if (Boolean.getBoolean(REGENERATE)) {
            Files.createDirectories(committed.getParent());
            Files.writeString(committed, generated);
        }
        String onDisk = Files.exists(committed) ? Files.readString(committed) : "";
        if (!onDisk.equals(generated)) {
            fail(committed + " is not the generated schema (" + firstDifference(onDisk, generated) + ").\n"
                    + "Regenerate it: mvn -B test -pl formats -am -Dtest=JsonSchemaGeneratorTest"
                    + " -Dsurefire.failIfNoSpecifiedTests=false -D" + REGENERATE + "=true");
        }
    }

    private static String firstDifference(String committed, String generated) {
        String[] a = committed.split("\n", -1);
        String[] b = generated.split("\n", -1);
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            String left = i < a.length ? a[i] : "<end>";
            String right = i < b.length ? b[i] : "<end>";
            if (!left.equals(right)) {
                return "line " + (i + 1) + ": committed '" + left.trim() + "', generated '" + right.trim() + "'";
            }
        }
        return "no line differs";
    }

    @Test
    void generate_givesTheSameTextEachTime() {
        assertEquals(generated, new JsonSchemaGenerator().generate());
        assertEquals("{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n"
                + "  \"$id\": \"https://tidemark.dev/schemas/dbchangelog.schema.json\",\n", generated.substring(0,
                generated.indexOf("\"title\"") - 2));
    }

    @Test
    void schema_isValidDraft202012() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        Schema meta = registry.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        assertEquals(List.of(), meta.validate(schema).stream().map(Object::toString).collect(Collectors.toList()));
    }

    @Test
    void root_requiresADatabaseChangeLogListOfOneKeyItems() {
        assertEquals(List.of("databaseChangeLog"), texts(schema.get("required")));
        assertEquals(false, schema.get("additionalProperties").asBoolean());
        assertEquals("#/$defs/changeLogItem", schema.get("properties").get("databaseChangeLog").get("items").get("$ref").asText());
        JsonNode item = def("changeLogItem");
        assertEquals(List.of("logicalFilePath", "contextFilter", "context", "changeLogId", "objectQuotingStrategy",
                "property", "preConditions", "include", "includeAll", "changeSet", "modifyChangeSets",
                "removeChangeSetProperty"), names(item.get("properties")));
        assertEquals(1, item.get("minProperties").asInt());
        assertEquals(1, item.get("maxProperties").asInt());
    }

    @Test
    void changeItems_nameEveryChangeTypeInRegistryOrder() {
        JsonNode change = def("change");
        assertEquals(ChangeType.ALL.stream().map(ChangeType::name).collect(Collectors.toList()), names(change.get("properties")));
        assertEquals("#/$defs/CreateTable", change.get("properties").get("createTable").get("$ref").asText());
        assertEquals(1, change.get("maxProperties").asInt());
        assertEquals(false, change.get("additionalProperties").asBoolean());
    }

    @Test
    void preconditions_nameEveryPreconditionTypeAndTheBlockOptions() {
        assertEquals(PreconditionType.ALL.stream().map(PreconditionType::name).collect(Collectors.toList()),
                names(def("precondition").get("properties")));
        List<String> block = names(def("Preconditions").get("properties"));
        assertEquals(List.of("onFail", "onError", "onSqlOutput", "onUpdateSQL", "onFailMessage", "onErrorMessage", "dbms"),
                block.subList(0, 7));
        assertEquals("#/$defs/nestedPreconditions", def("precondition").get("properties").get("not").get("$ref").asText());
        assertEquals("#/$defs/changeLogOnFail", def("ChangeLogPreconditions").get("properties").get("onFail").get("$ref").asText());
        assertEquals("#/$defs/onFail", def("Preconditions").get("properties").get("onError").get("$ref").asText());
    }

    @Test
    void createTable_requiresTableNameAndAtLeastOneColumnItem() {
        JsonNode createTable = def("CreateTable");
        assertEquals(List.of("tableName", "columns"), texts(createTable.get("required")));
        assertEquals(false, createTable.get("additionalProperties").asBoolean());
        assertEquals("object", createTable.get("type").asText());
        JsonNode columns = createTable.get("properties").get("columns");
        assertEquals(1, columns.get("minItems").asInt());
        JsonNode item = columns.get("items");
        assertEquals(List.of("column"), texts(item.get("required")));
        assertEquals("#/$defs/ColumnConfig", item.get("properties").get("column").get("$ref").asText());
        assertEquals("#/$defs/boolean", createTable.get("properties").get("ifNotExists").get("$ref").asText());
        assertEquals("Table name.", createTable.get("properties").get("tableName").get("description").asText());
    }

    @Test
    void attributeNamesAliasesAndNumbers_comeFromTheModelAnnotations() {
        assertEquals(List.of("class", "params"), names(def("CustomChange").get("properties")));
        JsonNode changeSet = def("ChangeSet").get("properties");
        assertEquals("Same as contextFilter.", changeSet.get("context").get("description").asText());
        assertEquals("#/$defs/boolean", changeSet.get("alwaysRun").get("$ref").asText());
        assertEquals("#/$defs/integer", def("CreateSequence").get("properties").get("startValue").get("$ref").asText());
        assertEquals("#/$defs/integer", def("RowCount").get("properties").get("expectedRows").get("$ref").asText());
        assertEquals("#/$defs/runOrder", changeSet.get("runOrder").get("$ref").asText());
    }

    @Test
    void changeSet_holdsTheLayoutPartsAndNoBookkeeping() {
        JsonNode changeSet = def("ChangeSet");
        List<String> properties = names(changeSet.get("properties"));
        assertEquals(List.of("comment", "validCheckSum", "preConditions", "changes", "rollback", "modifySql"),
                properties.subList(properties.indexOf("comment"), properties.size()));
        assertEquals(List.of("id", "author"), texts(changeSet.get("required")));
        assertEquals(false, properties.contains("filePath") || properties.contains("inheritedLabels"));
    }

    @Test
    void recordsWithoutRequiredAttributes_mayBeEmpty_andBodyOnlyRecordsMayBeText() {
        assertEquals(List.of("object", "null"), texts(def("Empty").get("type")));
        assertEquals(List.of("object", "string"), texts(def("Sql").get("type")));
        assertEquals(List.of("object", "string", "null"), texts(def("Output").get("type")));
        assertEquals("object", def("CreateView").get("type").asText());
    }

    @Test
    void everyObjectDefinition_rejectsUnknownProperties() {
        List<String> open = new ArrayList<>();
        schema.get("$defs").properties().forEach(e -> {
            if (e.getValue().has("properties") && !e.getValue().path("additionalProperties").isBoolean()) {
                open.add(e.getKey());
            }
        });
        assertEquals(List.of(), open);
    }
}
