// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.formats.schema;

import dev.tidemark.model.meta.Attribute;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The simple types of the XSD and which one each attribute has. Booleans and integers accept a
 * {@code ${property}} as Liquibase's {@code booleanExp} and {@code integerExp} do; the attributes
 * Liquibase restricts to a fixed set of values are enumerations, named here by record and component.
 */
final class XsdAttributeTypes {
    static final String PROPERTY_EXPRESSION = "propertyExpression";
    static final String BOOLEAN = "booleanExp";
    static final String INTEGER = "integerExp";
    static final String CHANGELOG_PRECONDITION_ACTION = "changeLogPreconditionAction";
    static final String CHANGESET_PRECONDITION_ACTION = "changeSetPreconditionAction";

    /** Enumerations by type name, values in Liquibase's order. */
    static final Map<String, List<String>> ENUMERATIONS = enumerations();

    /** Which attributes are enumerations: "Record.component" to type name. */
    private static final Map<String, String> ENUMERATED = Map.of(
            "ChangeLogFile.objectQuotingStrategy", "objectQuotingStrategy",
            "ChangeSet.objectQuotingStrategy", "objectQuotingStrategy",
            "ChangeSet.onValidationFail", "onValidationFail",
            "ChangeSet.runOrder", "runOrder",
            "Preconditions.onSqlOutput", "onSqlOutput",
            "AddForeignKeyConstraint.onDelete", "foreignKeyAction",
            "AddForeignKeyConstraint.onUpdate", "foreignKeyAction",
            "SetColumnRemarks.columnParentType", "columnParentType");

    private final Set<String> used = new HashSet<>();

    private static Map<String, List<String>> enumerations() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("objectQuotingStrategy", List.of("LEGACY", "QUOTE_ALL_OBJECTS", "QUOTE_ONLY_RESERVED_WORDS"));
        m.put(CHANGELOG_PRECONDITION_ACTION, List.of("HALT", "WARN"));
        m.put(CHANGESET_PRECONDITION_ACTION, List.of("HALT", "CONTINUE", "MARK_RAN", "WARN"));
        m.put("onSqlOutput", List.of("IGNORE", "TEST", "FAIL"));
        m.put("onValidationFail", List.of("HALT", "MARK_RAN"));
        m.put("runOrder", List.of("first", "last"));
        m.put("foreignKeyAction", List.of("CASCADE", "SET NULL", "SET DEFAULT", "RESTRICT", "NO ACTION"));
        m.put("columnParentType", List.of("TABLE", "VIEW"));
        return java.util.Collections.unmodifiableMap(m);
    }

    /** The XSD type of an attribute of {@code owner}; {@code overrides} maps component names to types. */
    String typeOf(Class<?> owner, Attribute attribute, Map<String, String> overrides) {
        String override = overrides.get(attribute.componentName());
        if (override != null) {
            return override;
        }
        String key = owner.getSimpleName() + "." + attribute.componentName();
        String enumerated = ENUMERATED.get(key);
        if (enumerated != null) {
            used.add(key);
            return enumerated;
        }
        switch (attribute.kind()) {
            case BOOLEAN:
                return BOOLEAN;
            case INTEGER:
            case LONG:
            case BIG_INTEGER:
                return INTEGER;
            case STRING:
                return "xsd:string";
            default:
                throw new IllegalStateException("no XSD type for " + key + " of kind " + attribute.kind());
        }
    }

    /** Fails when an enumerated attribute no longer exists in the model, so a rename is noticed. */
    void checkAllEnumerationsUsed() {
        for (String key : ENUMERATED.keySet()) {
            if (!used.contains(key)) {
                throw new IllegalStateException("the model has no attribute " + key
                        + " any more; update XsdAttributeTypes");
            }
        }
    }

    /** Writes the shared simple types. */
    static void writeSimpleTypes(XsdWriter w) {
        w.open("xsd:simpleType", "name", PROPERTY_EXPRESSION);
        w.open("xsd:restriction", "base", "xsd:string");
        w.empty("xsd:pattern", "value", "$\\{[^\\}]+\\}");
        w.close("xsd:restriction");
        w.close("xsd:simpleType");
        w.blank();
        // Liquibase's booleanExp plus any-case true/false, which the other formats accept too.
        w.open("xsd:simpleType", "name", BOOLEAN);
        w.open("xsd:union", "memberTypes", "xsd:boolean " + PROPERTY_EXPRESSION);
        w.open("xsd:simpleType");
        w.open("xsd:restriction", "base", "xsd:string");
        w.empty("xsd:pattern", "value", "[Tt][Rr][Uu][Ee]|[Ff][Aa][Ll][Ss][Ee]");
        w.close("xsd:restriction");
        w.close("xsd:simpleType");
        w.close("xsd:union");
        w.close("xsd:simpleType");
        w.blank();
        w.open("xsd:simpleType", "name", INTEGER);
        w.empty("xsd:union", "memberTypes", "xsd:integer " + PROPERTY_EXPRESSION);
        w.close("xsd:simpleType");
        for (Map.Entry<String, List<String>> e : ENUMERATIONS.entrySet()) {
            w.blank();
            w.open("xsd:simpleType", "name", e.getKey());
            w.open("xsd:restriction", "base", "xsd:string");
            for (String value : e.getValue()) {
                w.empty("xsd:enumeration", "value", value);
            }
            w.close("xsd:restriction");
            w.close("xsd:simpleType");
        }
    }
}
