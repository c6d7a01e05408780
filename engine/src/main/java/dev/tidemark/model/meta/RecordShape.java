// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.model.meta;

import dev.tidemark.model.SourceLocation;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How a model record is written in a changelog: its attributes, read once from the record's
 * components and {@code meta} annotations. Readers, writers and schema generators all work
 * from this, so they cannot disagree about a change type.
 */
public final class RecordShape {
    private static final ClassValue<RecordShape> SHAPES = new ClassValue<>() {
        @Override
        protected RecordShape computeValue(Class<?> type) {
            return new RecordShape(type);
        }
    };
    /** Components that are bookkeeping, never attributes. */
    private static final List<String> NOT_ATTRIBUTES = List.of("filePath", "inheritedContextFilters", "inheritedLabels", "localValue");

    private final Class<?> type;
    private final List<Attribute> attributes;
    private final Map<String, Attribute> byName;
    private final Constructor<?> constructor;
    private final int componentCount;
    private final Map<String, Integer> componentIndex = new ConcurrentHashMap<>();
    // Class.getRecordComponents() builds new objects on every call; these are read once here.
    private final String[] componentNames;
    private final boolean[] isLocation;
    private final java.lang.reflect.Method[] accessors;
    private final Attribute body;
    private final Map<String, Attribute> xmlNames;

    private RecordShape(Class<?> type) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException(type.getName() + " is not a record");
        }
        this.type = type;
        RecordComponent[] components = type.getRecordComponents();
        this.componentCount = components.length;
        List<Attribute> list = new ArrayList<>();
        Map<String, Attribute> names = new LinkedHashMap<>();
        Class<?>[] parameterTypes = new Class<?>[components.length];
        this.componentNames = new String[components.length];
        this.isLocation = new boolean[components.length];
        this.accessors = new java.lang.reflect.Method[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            parameterTypes[i] = c.getType();
            componentNames[i] = c.getName();
            isLocation[i] = c.getType() == SourceLocation.class;
            accessors[i] = c.getAccessor();
            componentIndex.put(c.getName(), i);
            if (c.getType() == SourceLocation.class || NOT_ATTRIBUTES.contains(c.getName())) {
                continue;
            }
            Attribute a = new Attribute(c, i);
            list.add(a);
            names.put(a.name(), a);
            for (String alias : a.aliases()) {
                names.put(alias, a);
            }
        }
        this.attributes = List.copyOf(list);
        this.byName = Map.copyOf(names);
        this.body = attributes.stream().filter(Attribute::isBody).findFirst().orElse(null);
        Map<String, Attribute> xml = new LinkedHashMap<>(names);
        for (Attribute a : attributes) {
            if (a.wrapper() != null) {
                xml.put(a.wrapper(), a);
            } else if (a.itemName() != null) {
                xml.put(a.itemName(), a);
            }
        }
        this.xmlNames = Map.copyOf(xml);
        try {
            this.constructor = type.getDeclaredConstructor(parameterTypes);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("no canonical constructor on " + type.getName(), e);
        }
    }

    /** The shape of a record class (computed once per class). */
    public static RecordShape of(Class<?> recordClass) {
        return SHAPES.get(recordClass);
    }

    public Class<?> type() {
        return type;
    }

    /** The attributes in declaration order, without location and bookkeeping components. */
    public List<Attribute> attributes() {
        return attributes;
    }

    /** The attribute written under this name or one of its aliases. */
    public Optional<Attribute> attribute(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /**
     * The attribute an XML attribute or child element of this name fills: a list's item (or
     * wrapper) element, or an attribute by name or alias.
     */
    public Optional<Attribute> xmlAttribute(String name) {
        return Optional.ofNullable(xmlNames.get(name));
    }

    /** Every name and alias an attribute may be written under, for "did you mean" hints. */
    public List<String> acceptedNames() {
        return List.copyOf(byName.keySet());
    }

    /** The {@code @Body} attribute, if the record has one. */
    public Optional<Attribute> body() {
        return Optional.ofNullable(body);
    }

    /**
     * Builds a record from component values by name; {@code location} fills the location
     * component, absent names are null.
     */
    public Object create(SourceLocation location, Map<String, Object> values) {
        Object[] args = new Object[componentCount];
        for (int i = 0; i < componentCount; i++) {
            args[i] = isLocation[i] ? location : values.get(componentNames[i]);
        }
        return construct(args);
    }

    /** A record of {@code type} from (name, value, name, value ...) pairs; unnamed components are null. */
    public static <T> T build(Class<T> type, SourceLocation location, Object... nameValuePairs) {
        Map<String, Object> values = new java.util.HashMap<>();
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            values.put((String) nameValuePairs[i], nameValuePairs[i + 1]);
        }
        return type.cast(of(type).create(location, values));
    }

    /** A copy of the record with one component replaced. */
    public Object with(Object record, String component, Object value) {
        Objects.requireNonNull(record, "record");
        Integer index = componentIndex.get(component);
        if (index == null) {
            throw new IllegalArgumentException(type.getSimpleName() + " has no component " + component);
        }
        Object[] args = new Object[componentCount];
        for (int i = 0; i < componentCount; i++) {
            try {
                args[i] = i == index ? value : accessors[i].invoke(record);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + componentNames[i], e);
            }
        }
        return construct(args);
    }

    private Object construct(Object[] args) {
        try {
            return constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            throw new IllegalStateException(cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot construct " + type.getName(), e);
        }
    }

    static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }
}
