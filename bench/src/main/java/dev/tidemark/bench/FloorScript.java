// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The layout of {@code sql-<db>.sql}, the plain SQL the JDBC floor runs: each changeset starts
 * with a line {@code -- changeset <id>}, and each statement ends with a semicolon at the end of a
 * line. Depends on the JDK only, so the floor's JVM loads nothing of Tidemark.
 */
public final class FloorScript {
    /** What ends a statement: a semicolon at the end of a line. */
    public static final String END = ";\n";
    /** What starts a changeset. */
    public static final String CHANGESET = "-- changeset ";

    private FloorScript() {
    }

    /** One changeset's id and its statements (without the ending semicolon). */
    public record ChangeSetSql(String id, List<String> statements) {
        public ChangeSetSql {
            Objects.requireNonNull(id, "id");
            statements = List.copyOf(statements);
        }
    }

    /** The changesets of {@code script}, in order. */
    public static List<ChangeSetSql> read(Path script) throws IOException {
        List<ChangeSetSql> out = new ArrayList<>();
        String text = Files.readString(script, StandardCharsets.UTF_8);
        int at = 0;
        while (at < text.length()) {
            if (!text.startsWith(CHANGESET, at)) {
                throw new IOException(script + ": expected '" + CHANGESET + "' at offset " + at);
            }
            int eol = text.indexOf('\n', at);
            String id = text.substring(at + CHANGESET.length(), eol);
            at = eol + 1;
            List<String> statements = new ArrayList<>();
            while (at < text.length() && !text.startsWith(CHANGESET, at)) {
                int end = text.indexOf(END, at);
                if (end < 0) {
                    throw new IOException(script + ": statement without an ending ';' at offset " + at);
                }
                statements.add(text.substring(at, end));
                at = end + END.length();
            }
            out.add(new ChangeSetSql(id, statements));
        }
        return out;
    }
}
