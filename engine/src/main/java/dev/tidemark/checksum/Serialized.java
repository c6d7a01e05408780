// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.checksum;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A value in Liquibase's string serialization of a change. */
sealed interface Serialized permits Serialized.Scalar, Serialized.Nested, Serialized.Items, Serialized.Pairs {

    /** A scalar: {@code name="text"}. */
    record Scalar(String text) implements Serialized {
        public Scalar {
            Objects.requireNonNull(text, "text");
        }
    }

    /** An object: a block of field lines; nested in another object it is printed without its name. */
    record Nested(Map<String, Serialized> fields) implements Serialized {
        public Nested {
            fields = Map.copyOf(fields);
        }
    }

    /** A collection: {@code name=[ item, item ]}; items are scalars or objects. */
    record Items(List<Serialized> items) implements Serialized {
        public Items {
            items = List.copyOf(items);
        }
    }

    /** A map of texts: {@code name={ key="value", ... }}. */
    record Pairs(Map<String, String> pairs) implements Serialized {
        public Pairs {
            pairs = Map.copyOf(pairs);
        }
    }
}
