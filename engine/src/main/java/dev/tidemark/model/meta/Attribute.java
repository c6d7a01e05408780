// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.model.meta;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.List;

/** One attribute of a model record: its changelog name, Java type and how it is spelled in each format. */
public final class Attribute {

    /** What kind of value an attribute holds. */
    public enum Kind { STRING, BOOLEAN, INTEGER, LONG, BIG_INTEGER, RECORD, RECORD_LIST, STRING_LIST, OTHER }

    private final RecordComponent component;
    private final int index;
    private final String name;
    private final List<String> aliases;
    private final Kind kind;
    private final Class<?> elementType;
    /**
     * The record's accessor as {@code (Object) -> Object}: checksums read every attribute of every
     * change on every run, and {@code Method.invoke} checks access on each call.
     */
    private final MethodHandle accessor;
    private final boolean required;
    private final boolean bodyFlag;
    private final boolean bodyAlsoAttribute;
    private final boolean childElement;
    private final String itemName;
    private final String wrapper;

    Attribute(RecordComponent component, int index) {
        this.component = component;
        this.accessor = accessorOf(component);
        this.required = component.isAnnotationPresent(Required.class);
        Body b = component.getAnnotation(Body.class);
        this.bodyFlag = b != null;
        this.bodyAlsoAttribute = b != null && b.alsoAttribute();
        this.childElement = component.isAnnotationPresent(ChildElement.class);
        ItemName n = component.getAnnotation(ItemName.class);
        this.itemName = n == null ? null : n.value();
        Wrapper w = component.getAnnotation(Wrapper.class);
        this.wrapper = w == null ? null : w.value();
        this.index = index;
        AttributeName rename = component.getAnnotation(AttributeName.class);
        this.name = rename != null ? rename.value() : component.getName();
        Aliases a = component.getAnnotation(Aliases.class);
        this.aliases = a == null ? List.of() : List.of(a.value());
        Class<?> t = component.getType();
        if (t == List.class) {
            Class<?> item = (Class<?>) ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0];
            this.elementType = item;
            this.kind = item == String.class ? Kind.STRING_LIST : item.isRecord() ? Kind.RECORD_LIST : Kind.OTHER;
        } else {
            this.elementType = t;
            this.kind = t == String.class ? Kind.STRING
                    : t == Boolean.class ? Kind.BOOLEAN
                    : t == Integer.class ? Kind.INTEGER
                    : t == Long.class ? Kind.LONG
                    : t == java.math.BigInteger.class ? Kind.BIG_INTEGER
                    : t.isRecord() ? Kind.RECORD : Kind.OTHER;
        }
    }

    /** The name in changelogs ({@code tableName}, {@code class}). */
    public String name() {
        return name;
    }

    /** The record component's name (differs from {@link #name()} only with {@code @AttributeName}). */
    public String componentName() {
        return component.getName();
    }

    public List<String> aliases() {
        return aliases;
    }

    public Kind kind() {
        return kind;
    }

    /** The Java type of the value, or of one list item. */
    public Class<?> elementType() {
        return elementType;
    }

    public boolean isRequired() {
        return required;
    }

    public boolean isBody() {
        return bodyFlag;
    }

    /** A body that XML may also give as an attribute. */
    public boolean bodyAlsoAttribute() {
        return bodyAlsoAttribute;
    }

    public boolean isChildElement() {
        return childElement;
    }

    /** The element name of one list item ({@code column}), or null. */
    public String itemName() {
        return itemName;
    }

    /** The XML wrapper element of a list ({@code whereParams}), or null. */
    public String wrapper() {
        return wrapper;
    }

    /** Whether the value is written as an XML attribute (a plain scalar). */
    public boolean isXmlAttribute() {
        return (kind == Kind.STRING || kind == Kind.BOOLEAN || kind == Kind.INTEGER || kind == Kind.LONG
                || kind == Kind.BIG_INTEGER) && (!isBody() || bodyAlsoAttribute()) && !isChildElement();
    }

    /** This attribute's value in a record of its type. */
    public Object read(Object record) {
        try {
            return (Object) accessor.invokeExact(record);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            // an accessor of a record declares no checked exception
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }

    private static MethodHandle accessorOf(RecordComponent component) {
        java.lang.reflect.Method method = component.getAccessor();
        try {
            // a record read this way need not be public; where it stays inaccessible, unreflect says so
            method.trySetAccessible();
            return MethodHandles.lookup().unreflect(method).asType(MethodType.methodType(Object.class, Object.class));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }

    int index() {
        return index;
    }

    @Override
    public String toString() {
        return name;
    }
}
