// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.model.meta;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The changelog's name for a component whose own name is not a legal Java name ({@code class}). */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.METHOD, ElementType.FIELD})
public @interface AttributeName {
    String value();
}
