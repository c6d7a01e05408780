// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.formats.xml;

import dev.tidemark.model.ChangeLogFile;
import dev.tidemark.model.ChangeSet;
import dev.tidemark.model.Include;
import dev.tidemark.model.IncludeAll;
import dev.tidemark.model.ModifyChangeSets;
import dev.tidemark.model.ModifySql;
import dev.tidemark.model.Preconditions;
import dev.tidemark.model.Property;
import dev.tidemark.model.RemoveChangeSetProperty;
import dev.tidemark.model.Rollback;
import dev.tidemark.model.change.ChangeType;
import dev.tidemark.model.meta.Attribute;
import dev.tidemark.model.meta.RecordShape;
import dev.tidemark.model.modifysql.SqlModifier;
import dev.tidemark.model.precondition.Composite;
import dev.tidemark.model.precondition.PreconditionType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How the model records are spelled in XML: namespaces, element names, and which record components
 * are XML attributes. The XML reader (for "did you mean" hints) and the XSD generator both read it,
 * so the published schema and the reader's messages agree.
 */
public final class XmlVocabulary {
    /** Liquibase's changelog namespace, accepted unchanged. */
    public static final String LIQUIBASE_NAMESPACE = "http://www.liquibase.org/xml/ns/dbchangelog";
    /** Tidemark's changelog namespace: the target namespace of the published XSD. */
    public static final String TIDEMARK_NAMESPACE = "https://tidemark.dev/xml/ns/changelog";
    /** The root element of every XML changelog. */
    public static final String ROOT_ELEMENT = "databaseChangeLog";

    /** Top-level children of {@code databaseChangeLog}. */
    private static final Map<String, Class<?>> CHANGELOG_CHILDREN = orderedMap(
            "removeChangeSetProperty", RemoveChangeSetProperty.class,
            "property", Property.class,
            "preConditions", Preconditions.class,
            "changeSet", ChangeSet.class,
            "include", Include.class,
            "includeAll", IncludeAll.class,
            "modifyChangeSets", ModifyChangeSets.class);

    /** Every element name of the vocabulary; computed once, immutable. */
    private static final Set<String> ELEMENT_NAMES = collectElementNames();

    private XmlVocabulary() {
    }

    /**
     * The components of a record that XML writes as attributes, in declaration order. Until the
     * model marks them, two components are excluded by name: a changeSet's {@code comment} is a
     * child element, and a changelog file's {@code path} is where it was read from.
     */
    public static List<Attribute> attributes(Class<?> recordClass) {
        List<Attribute> out = new ArrayList<>();
        for (Attribute a : RecordShape.of(recordClass).attributes()) {
            if (!a.isXmlAttribute()) {
                continue;
            }
            if (recordClass == ChangeSet.class && a.componentName().equals("comment")) {
                continue;
            }
            if (recordClass == ChangeLogFile.class && a.componentName().equals("path")) {
                continue;
            }
            out.add(a);
        }
        return List.copyOf(out);
    }

    /** The attribute's name followed by its aliases: every spelling an XML attribute may use. */
    public static List<String> spellings(Class<?> recordClass, Attribute attribute) {
        Set<String> names = new LinkedHashSet<>();
        names.add(attribute.name());
        names.addAll(attribute.aliases());
        // Interim, until the model carries these aliases: Liquibase accepts context= on databaseChangeLog
        // as on changeSet, and onUpdateSQL is the older name of onSqlOutput.
        if (recordClass == ChangeLogFile.class && attribute.componentName().equals("contextFilter")) {
            names.add("context");
        }
        if (recordClass == Preconditions.class && attribute.componentName().equals("onSqlOutput")) {
            names.add("onUpdateSQL");
        }
        return List.copyOf(names);
    }

    /** Every attribute spelling of a record, for "did you mean" hints. */
    public static List<String> attributeNames(Class<?> recordClass) {
        List<String> names = new ArrayList<>();
        for (Attribute a : attributes(recordClass)) {
            names.addAll(spellings(recordClass, a));
        }
        return List.copyOf(names);
    }

    /** The record class of the root element. */
    public static Class<?> rootRecord() {
        return ChangeLogFile.class;
    }

    /** The element name of a modifySql edit ({@code regExpReplace} for {@code RegExpReplace}). */
    public static String modifierName(Class<?> modifierClass) {
        String simple = modifierClass.getSimpleName();
        return Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
    }

    /** The modifySql edit classes, in the order the sealed interface permits them. */
    public static List<Class<?>> modifierClasses() {
        return List.of(SqlModifier.class.getPermittedSubclasses());
    }

    /**
     * The record class an element stands for when it appears inside an element of
     * {@code parent}'s record class; empty for text-only elements ({@code comment}, {@code where})
     * and for elements not allowed there.
     */
    public static Optional<Class<?>> childRecord(Class<?> parent, String element) {
        if (parent == null) {
            return Optional.empty();
        }
        if (parent == ChangeLogFile.class) {
            return Optional.ofNullable(CHANGELOG_CHILDREN.get(element));
        }
        if (parent == ModifyChangeSets.class) {
            return element.equals("include") || element.equals("includeAll")
                    ? Optional.ofNullable(CHANGELOG_CHILDREN.get(element)) : Optional.empty();
        }
        if (parent == ChangeSet.class) {
            switch (element) {
                case "preConditions":
                    return Optional.of(Preconditions.class);
                case "rollback":
                    return Optional.of(Rollback.class);
                case "modifySql":
                    return Optional.of(ModifySql.class);
                default:
                    return changeRecord(element);
            }
        }
        if (parent == Rollback.class) {
            return changeRecord(element);
        }
        if (parent == Preconditions.class || Composite.class.isAssignableFrom(parent)) {
            return PreconditionType.named(element).map(PreconditionType::recordClass);
        }
        if (parent == ModifySql.class) {
            return modifierClasses().stream().filter(c -> modifierName(c).equals(element)).findFirst();
        }
        for (Attribute a : RecordShape.of(parent).attributes()) {
            if (a.kind() == Attribute.Kind.RECORD && a.name().equals(element)) {
                return Optional.of(a.elementType());
            }
            if (a.kind() == Attribute.Kind.RECORD_LIST && a.wrapper() == null && element.equals(a.itemName())) {
                return Optional.of(a.elementType());
            }
        }
        return Optional.empty();
    }

    /** Whether an element may appear, at some position, directly inside an element of {@code parent}'s record class. */
    public static boolean allowsChild(Class<?> parent, String element) {
        if (parent == null) {
            return false;
        }
        if (childRecord(parent, element).isPresent() || wrapper(parent, element).isPresent()) {
            return true;
        }
        if (parent == ChangeSet.class) {
            return element.equals("comment") || element.equals("validCheckSum");
        }
        return parent.isRecord() && RecordShape.of(parent).attributes().stream()
                .anyMatch(a -> a.isChildElement() && a.name().equals(element));
    }

    /** The list attribute whose items {@code element} wraps in a record of {@code parent} ({@code whereParams}). */
    public static Optional<Attribute> wrapper(Class<?> parent, String element) {
        if (parent == null || !parent.isRecord()) {
            return Optional.empty();
        }
        return RecordShape.of(parent).attributes().stream()
                .filter(a -> element.equals(a.wrapper()))
                .findFirst();
    }

    /** Every element name the vocabulary knows, anywhere in a changelog. */
    public static Set<String> elementNames() {
        return ELEMENT_NAMES;
    }

    private static Set<String> collectElementNames() {
        Set<String> names = new LinkedHashSet<>();
        names.add(ROOT_ELEMENT);
        names.addAll(CHANGELOG_CHILDREN.keySet());
        names.addAll(List.of("validCheckSum", "comment", "rollback", "modifySql"));
        // Structure records (changeSet, preConditions, ...) spell their children by hand above.
        List<Class<?>> records = new ArrayList<>(List.of(Include.class, IncludeAll.class, Property.class,
                RemoveChangeSetProperty.class));
        ChangeType.ALL.forEach(t -> {
            names.add(t.name());
            records.add(t.recordClass());
        });
        PreconditionType.ALL.forEach(t -> {
            names.add(t.name());
            records.add(t.recordClass());
        });
        modifierClasses().forEach(c -> names.add(modifierName(c)));
        for (int i = 0; i < records.size(); i++) {
            for (Attribute a : RecordShape.of(records.get(i)).attributes()) {
                if (a.isChildElement()) {
                    names.add(a.name());
                } else if (a.kind() == Attribute.Kind.RECORD || a.kind() == Attribute.Kind.RECORD_LIST) {
                    names.add(a.itemName() != null ? a.itemName() : a.name());
                    if (a.wrapper() != null) {
                        names.add(a.wrapper());
                    }
                    if (!records.contains(a.elementType())) {
                        records.add(a.elementType());
                    }
                }
            }
        }
        return Set.copyOf(names);
    }

    private static Optional<Class<?>> changeRecord(String element) {
        return ChangeType.named(element).map(ChangeType::recordClass);
    }

    private static Map<String, Class<?>> orderedMap(Object... pairs) {
        Map<String, Class<?>> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Class<?>) pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
