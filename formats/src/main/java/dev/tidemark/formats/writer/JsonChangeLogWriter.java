// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.formats.writer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.tidemark.error.ErrorCode;
import dev.tidemark.error.TidemarkException;
import dev.tidemark.formats.writer.DocNode.Field;
import dev.tidemark.formats.writer.DocNode.Fields;
import dev.tidemark.formats.writer.DocNode.Items;
import dev.tidemark.formats.writer.DocNode.Repeated;
import dev.tidemark.formats.writer.DocNode.Scalar;
import dev.tidemark.model.ChangeLogFile;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigInteger;
import java.util.function.Function;

/** Writes a changelog in Liquibase's JSON layout (the YAML tree), pretty-printed with two-space indents. */
public final class JsonChangeLogWriter implements ChangeLogWriter {
    private final JsonFactory factory = new JsonFactory();

    @Override
    public String write(ChangeLogFile file, Function<String, String> includeRenamer) {
        Items root = new DocumentBuilder(includeRenamer).changeLog(file);
        StringWriter out = new StringWriter();
        try (JsonGenerator json = factory.createGenerator(out)) {
            json.setPrettyPrinter(prettyPrinter());
            json.writeStartObject();
            json.writeFieldName("databaseChangeLog");
            write(json, root);
            json.writeEndObject();
        } catch (IOException e) {
            // A StringWriter does not fail; this is a bug if it happens.
            throw new TidemarkException(ErrorCode.INTERNAL, null, "JSON output failed: " + e.getMessage(), e);
        }
        return out + "\n";
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators)
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }

    private static void write(JsonGenerator json, DocNode node) throws IOException {
        if (node instanceof Scalar) {
            Object value = ((Scalar) node).value();
            if (value instanceof Boolean) {
                json.writeBoolean((Boolean) value);
            } else if (value instanceof BigInteger) {
                json.writeNumber((BigInteger) value);
            } else if (value instanceof Integer) {
                json.writeNumber((Integer) value);
            } else if (value instanceof Long) {
                json.writeNumber((Long) value);
            } else {
                json.writeString(value.toString());
            }
        } else if (node instanceof Fields) {
            json.writeStartObject();
            for (Field f : ((Fields) node).fields()) {
                json.writeFieldName(f.name());
                write(json, f.value());
            }
            json.writeEndObject();
        } else if (node instanceof Items) {
            json.writeStartArray();
            for (Field f : ((Items) node).items()) {
                json.writeStartObject();
                json.writeFieldName(f.name());
                write(json, f.value());
                json.writeEndObject();
            }
            json.writeEndArray();
        } else {
            json.writeStartArray();
            for (DocNode value : ((Repeated) node).values()) {
                write(json, value);
            }
            json.writeEndArray();
        }
    }
}
