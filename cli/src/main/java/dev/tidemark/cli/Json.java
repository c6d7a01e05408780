// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.tidemark.error.Diagnostic;
import dev.tidemark.history.HistoryRow;
import dev.tidemark.model.ChangeSet;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * The JSON that {@code --output-format json} prints: one object per command, written with
 * Jackson's streaming generator. The shapes are documented in the README.
 */
final class Json {
    /** Writes an object's fields. */
    interface Fields {
        void write(JsonGenerator g) throws IOException;
    }

    private Json() {
    }

    /** {@code {"command": name, ...fields}} as one line. */
    static String object(String command, Fields fields) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("command", command);
            fields.write(g);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON to memory", e);
        }
        return out.toString();
    }

    static void changeSets(JsonGenerator g, String field, List<ChangeSet> changeSets) throws IOException {
        g.writeArrayFieldStart(field);
        for (ChangeSet cs : changeSets) {
            g.writeStartObject();
            g.writeStringField("path", cs.filePath());
            g.writeStringField("id", cs.id());
            g.writeStringField("author", cs.author());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    static void row(JsonGenerator g, HistoryRow r) throws IOException {
        g.writeStartObject();
        g.writeStringField("path", r.filename());
        g.writeStringField("id", r.id());
        g.writeStringField("author", r.author());
        g.writeStringField("dateExecuted", r.dateExecuted() == null ? null : localTime(r).toString());
        g.writeNumberField("orderExecuted", r.orderExecuted());
        g.writeStringField("execType", r.execType().name());
        g.writeStringField("checkSum", r.md5sum());
        g.writeStringField("description", r.description());
        g.writeStringField("tag", r.tag());
        g.writeStringField("deploymentId", r.deploymentId());
        g.writeEndObject();
    }

    static void diagnostics(JsonGenerator g, List<Diagnostic> diagnostics) throws IOException {
        g.writeArrayFieldStart("diagnostics");
        for (Diagnostic d : diagnostics) {
            g.writeStartObject();
            g.writeStringField("file", d.location().file());
            g.writeNumberField("line", d.location().line());
            g.writeNumberField("column", d.location().column());
            g.writeStringField("severity", d.isError() ? "error" : "warning");
            g.writeStringField("code", d.code().code());
            g.writeStringField("message", d.message());
            g.writeStringField("changeSet", d.changeSet());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /**
     * DATEEXECUTED as the database stored it: a timestamp without zone, which JDBC read in this
     * JVM's zone, so it is turned back with the same zone.
     */
    static LocalDateTime localTime(HistoryRow r) {
        return LocalDateTime.ofInstant(r.dateExecuted(), ZoneId.systemDefault());
    }
}
