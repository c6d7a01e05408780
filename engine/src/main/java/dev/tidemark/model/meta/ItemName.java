// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.model.meta;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The element name of one item of a nested list: XML repeats {@code <column>}; YAML and JSON write
 * {@code columns: [ {column: {...}} ]}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.METHOD, ElementType.FIELD})
public @interface ItemName {
    String value();
}
