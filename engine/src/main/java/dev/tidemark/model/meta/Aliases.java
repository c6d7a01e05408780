// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.model.meta;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Other names Liquibase accepts for the attribute ({@code contextFilter} is also {@code context}). */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.METHOD, ElementType.FIELD})
public @interface Aliases {
    String[] value();
}
