// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.model.meta;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The attribute is the element's text in XML ({@code <sql>SELECT 1</sql>}); in YAML and JSON it is
 * a key of the component's name. With {@code alsoAttribute}, XML may give it as an attribute too.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.METHOD, ElementType.FIELD})
public @interface Body {
    boolean alsoAttribute() default false;
}
