// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.formats.schema;

/**
 * Generates the JSON Schema (draft 2020-12) of YAML and JSON changelogs from the model records
 * and their annotations, so the schema cannot drift from what the readers accept. The published
 * copy is the {@value #RESOURCE} resource of the schemas module; a test keeps it equal to
 * {@link #generate()}.
 *
 * <p>The schema is stricter than Liquibase in one respect: unknown attributes are errors
 * ({@code additionalProperties: false}), matching {@code --strict}, so editors flag typos.
 */
public final class JsonSchemaGenerator {

    /** The schema's {@code $id}. */
    public static final String SCHEMA_ID = JsonSchemaLayout.ID;

    /** Where the published schema lives on the class path (module tidemark-schemas). */
    public static final String RESOURCE = "dev/tidemark/schemas/dbchangelog.schema.json";

    /** The schema as pretty-printed JSON (two-space indent, trailing newline); the same text on every call. */
    public String generate() {
        return JsonSchemaWriter.write(new JsonSchemaLayout().schema());
    }
}
