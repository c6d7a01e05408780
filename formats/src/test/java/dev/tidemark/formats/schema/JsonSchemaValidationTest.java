// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.formats.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Validates changelogs against the committed schema: every YAML and JSON changelog of the
 * repository's changelogs/ folder (but changelogs/invalid/) and this test's own samples must
 * pass; the invalid samples must fail at the expected place.
 */
class JsonSchemaValidationTest {
    private static final Path SAMPLES = Path.of("src/test/resources/jsonschema");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Schema schema = loadSchema();

    /** The repository root: the folder above this module holding both schemas/ and changelogs/ (or pom.xml). */
    static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !(Files.isDirectory(dir.resolve("schemas")) && Files.isRegularFile(dir.resolve("pom.xml")))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no repository root above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    static Path committedSchema() {
        return repositoryRoot().resolve("schemas/src/main/resources").resolve(JsonSchemaGenerator.RESOURCE);
    }

    static Schema loadSchema() {
        try {
            JsonNode node = new ObjectMapper().readTree(committedSchema().toFile());
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A YAML or JSON changelog as Jackson nodes; YAML goes through SnakeYAML's safe constructor. */
    static JsonNode read(Path file) {
        try {
            if (file.toString().endsWith(".json")) {
                return new ObjectMapper().readTree(file.toFile());
            }
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                return toNode(new Yaml(new SafeConstructor(new LoaderOptions())).load(in));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }

    private static JsonNode toNode(Object value) {
        if (value == null) {
            return NODES.nullNode();
        }
        if (value instanceof Map) {
            ObjectNode out = NODES.objectNode();
            ((Map<?, ?>) value).forEach((k, v) -> out.set(String.valueOf(k), toNode(v)));
            return out;
        }
        if (value instanceof List) {
            ArrayNode out = NODES.arrayNode();
            ((List<?>) value).forEach(v -> out.add(toNode(v)));
            return out;
        }
        if (value instanceof Boolean) {
            return NODES.booleanNode((Boolean) value);
        }
        if (value instanceof Integer || value instanceof Long) {
            return NODES.numberNode(((Number) value).longValue());
        }
        if (value instanceof BigInteger) {
            return NODES.numberNode((BigInteger) value);
        }
        if (value instanceof Double || value instanceof Float) {
            return NODES.numberNode(new BigDecimal(value.toString()));
        }
        if (value instanceof Date) {
            // SnakeYAML reads unquoted dates as timestamps; Tidemark keeps the text, which is a string here.
            return NODES.textNode(((Date) value).toInstant().atOffset(ZoneOffset.UTC).toString());
        }
        return NODES.textNode(value.toString());
    }

    /** Each error as "instanceLocation keyword: message", in the validator's order. */
    static List<String> errors(Schema schema, JsonNode document) {
        return schema.validate(document).stream()
                .map(e -> e.getInstanceLocation() + " " + e.getKeyword() + ": " + e.getMessage())
                .collect(Collectors.toList());
    }

    private static boolean isChangelog(Path p) {
        String name = p.getFileName().toString();
        return Files.isRegularFile(p) && (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json"));
    }

    private static List<Path> changelogsUnder(Path dir, Path excluded) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(JsonSchemaValidationTest::isChangelog)
                    .filter(p -> excluded == null || !p.startsWith(excluded))
                    .sorted()
                    .collect(Collectors.toList());
        }
    }

    @TestFactory
    Stream<DynamicTest> everyValidChangelog_passesTheSchema() throws IOException {
        Path changelogs = repositoryRoot().resolve("changelogs");
        List<Path> files = new java.util.ArrayList<>(changelogsUnder(changelogs, changelogs.resolve("invalid")));
        files.addAll(changelogsUnder(SAMPLES.resolve("valid").toAbsolutePath(), null));
        return files.stream().map(file -> DynamicTest.dynamicTest(repositoryRoot().relativize(file).toString(), () -> {
            List<String> errors = errors(schema, read(file));
            assertEquals(List.of(), errors, file + " breaks the schema:\n  " + String.join("\n  ", errors));
        }));
    }

    @Test
    void ownValidSamples_exist() throws IOException {
        assertEquals(List.of("full-layout.yaml", "minimal.json"), changelogsUnder(SAMPLES.resolve("valid"), null).stream()
                .map(p -> p.getFileName().toString()).collect(Collectors.toList()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "unknown-attribute.yaml,   /databaseChangeLog/0/changeSet/changes/0/createTable,  additionalProperties",
        "wrong-type.yaml,          /databaseChangeLog/0/changeSet/runOnChange,            type",
        "columns-not-a-list.yaml,  /databaseChangeLog/0/changeSet/changes/0/createTable/columns, type",
        "missing-table-name.yaml,  /databaseChangeLog/0/changeSet/changes/0/createTable,  required",
        "unknown-change-type.yaml, /databaseChangeLog/0/changeSet/changes/0,              additionalProperties",
        "missing-author.yaml,      /databaseChangeLog/0/changeSet,                        required",
        "bad-on-fail.yaml,         /databaseChangeLog/0/preConditions/0/onFail,           enum",
        "two-keys-in-item.yaml,    /databaseChangeLog/0,                                  maxProperties",
        "not-a-number.json,        /databaseChangeLog/0/includeAll/maxDepth,              type",
    })
    void invalidSample_failsAtTheExpectedPlace(String file, String instanceLocation, String keyword) {
        List<Error> errors = schema.validate(read(SAMPLES.resolve("invalid").resolve(file)));
        List<String> described = errors.stream().map(e -> e.getInstanceLocation() + " " + e.getKeyword())
                .collect(Collectors.toList());
        assertTrue(described.contains(instanceLocation + " " + keyword),
                file + ": expected '" + instanceLocation + " " + keyword + "' among " + described);
    }

    /**
     * changelogs/invalid/ marks with "# schema-invalid" in its .expected file the inputs that are
     * shape errors; the schema must reject each of them (as the readers do), and accept none.
     */
    @TestFactory
    Stream<DynamicTest> invalidFixturesMarkedSchemaInvalid_failTheSchema() throws IOException {
        Path invalid = repositoryRoot().resolve("changelogs").resolve("invalid");
        List<Path> marked = new java.util.ArrayList<>();
        for (Path file : changelogsUnder(invalid, invalid.resolve("_support"))) {
            Path expected = file.resolveSibling(file.getFileName() + ".expected");
            if (Files.exists(expected) && Files.readAllLines(expected).contains("# schema-invalid")) {
                marked.add(file);
            }
        }
        assertTrue(marked.size() >= 10, "only " + marked.size() + " marked fixtures");
        return marked.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(),
                () -> assertFalse(errors(schema, read(file)).isEmpty(), file + " passes the schema but the reader rejects it")));
    }
}
