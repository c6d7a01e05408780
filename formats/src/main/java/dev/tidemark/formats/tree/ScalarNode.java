// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.formats.tree;

import dev.tidemark.model.SourceLocation;
import java.util.Objects;

/** A scalar: its text exactly as written (before property substitution) and its kind. */
public record ScalarNode(SourceLocation location, String text, Kind kind) implements Node {

    /** What the source format said the scalar is; XML and formatted SQL only have strings. */
    public enum Kind { STRING, NUMBER, BOOLEAN, NULL }

    public ScalarNode {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(kind, "kind");
        if (kind != Kind.NULL) {
            Objects.requireNonNull(text, "text");
        }
    }

    public static ScalarNode string(SourceLocation location, String text) {
        return new ScalarNode(location, text, Kind.STRING);
    }

    public boolean isNull() {
        return kind == Kind.NULL;
    }

    @Override
    public String kindName() {
        return switch (kind) {
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
        };
    }
}
