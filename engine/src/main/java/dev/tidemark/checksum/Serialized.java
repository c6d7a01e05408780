// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.checksum;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A value in Liquibase's string serialization of a change.
 *
 * <p>Objects and collections take over the map or list they are built from instead of copying it
 * (every change of every changeset is serialized on every run): whoever builds one hands the
 * map or list over and does not touch it afterwards. They cannot be changed through the value.
 */
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
            fields = Collections.unmodifiableMap(fields);
        }
    }

    /** A collection: {@code name=[ item, item ]}; items are scalars or objects. */
    record Items(List<Serialized> items) implements Serialized {
        public Items {
            items = Collections.unmodifiableList(items);
        }
    }

    /** A map of texts: {@code name={ key="value", ... }}. */
    record Pairs(Map<String, String> pairs) implements Serialized {
        public Pairs {
            pairs = Collections.unmodifiableMap(pairs);
        }
    }
}
