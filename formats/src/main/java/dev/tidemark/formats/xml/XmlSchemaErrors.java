// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.formats.xml;

import dev.tidemark.formats.mapping.Suggestions;

import dev.tidemark.error.Diagnostic;
import dev.tidemark.error.ErrorCode;
import dev.tidemark.model.SourceLocation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * Collects every schema validation error as a {@link ErrorCode#SCHEMA_VIOLATION} diagnostic,
 * rewriting the validator's {@code cvc-} messages into short ones that name the element and
 * attribute, with a "did you mean" where a typo is likely. A bad attribute value arrives as two
 * errors (the datatype's, then the attribute's); they are reported as one.
 */
final class XmlSchemaErrors implements ErrorHandler {
    private static final Pattern CODE = Pattern.compile("^(cvc-[\\w.-]+):\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern NAMESPACED = Pattern.compile("\\{?\"[^\"]*\":([\\w.-]+)\\}?");
    private static final Pattern NOT_ALLOWED_ATTRIBUTE =
            Pattern.compile("Attribute '([^']*)' is not allowed to appear in element '([^']*)'");
    private static final Pattern MISSING_ATTRIBUTE =
            Pattern.compile("Attribute '([^']*)' must appear on element '([^']*)'");
    private static final Pattern INVALID_ATTRIBUTE_VALUE = Pattern.compile(
            "(?s)The value '(.*)' of attribute '([^']*)' on element '([^']*)'"
                    + " is not valid with respect to its type, '([^']*)'");
    private static final Pattern STARTING_WITH = Pattern.compile("starting with element '([^']*)'");
    private static final Pattern INCOMPLETE = Pattern.compile("The content of element '([^']*)' is not complete");
    private static final Pattern EXPECTED = Pattern.compile("One of '\\{(.*)\\}' is expected");
    private static final Pattern ENUMERATION = Pattern.compile("enumeration '\\[(.*)\\]'");
    private static final int LISTED_AT_MOST = 6;
    private static final String ALONE = "tagDatabase";
    /** The child order of the elements whose expected-element lists are too long to be helpful. */
    private static final Map<String, String> ORDER = Map.of(
            "changeSet", "the order is <validCheckSum>, <preConditions>, the changes with <comment> and <rollback>,"
                    + " then <modifySql>",
            XmlVocabulary.ROOT_ELEMENT, "the order is <removeChangeSetProperty>, <property>, <preConditions>, then"
                    + " <changeSet>, <include>, <includeAll> and <modifyChangeSets>");

    private final Supplier<XmlTreeBuilder.ErrorContext> context;
    private final List<Diagnostic> diagnostics;
    private final Set<String> knownElements = XmlVocabulary.elementNames();
    /** A datatype error waiting for the attribute error that follows it. */
    private String pendingDatatype;
    private XmlTreeBuilder.ErrorContext pendingContext;

    XmlSchemaErrors(Supplier<XmlTreeBuilder.ErrorContext> context, List<Diagnostic> diagnostics) {
        this.context = context;
        this.diagnostics = diagnostics;
    }

    @Override
    public void warning(SAXParseException e) {
        // The validator's warnings concern the schema, which is ours and tested.
    }

    @Override
    public void error(SAXParseException e) {
        String message = String.valueOf(e.getMessage());
        Matcher m = CODE.matcher(message);
        String code = m.matches() ? m.group(1) : "";
        String text = m.matches() ? m.group(2) : message;
        XmlTreeBuilder.ErrorContext here = context.get();
        if (isDatatypeError(code)) {
            flush();
            pendingDatatype = text;
            pendingContext = here;
            return;
        }
        if (code.equals("cvc-attribute.3")) {
            report(invalidValue(text), attributeLocation(here, INVALID_ATTRIBUTE_VALUE, text, 2));
            pendingDatatype = null;
            return;
        }
        flush();
        translate(code, text, here);
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXParseException {
        throw e;
    }

    /** Reports a datatype error that no attribute error followed (an element's own value). */
    void flush() {
        if (pendingDatatype != null) {
            report(plain(pendingDatatype), pendingContext.location());
            pendingDatatype = null;
        }
    }

    private void translate(String code, String text, XmlTreeBuilder.ErrorContext here) {
        Matcher m;
        if (code.equals("cvc-complex-type.3.2.2") && (m = NOT_ALLOWED_ATTRIBUTE.matcher(text)).find()) {
            String attribute = m.group(1);
            List<String> allowed = here.record() == null ? List.of() : XmlVocabulary.attributeNames(here.record());
            String hint = Suggestions.closest(attribute, allowed).map(s -> "; did you mean '" + s + "'?").orElse("");
            report("attribute '" + attribute + "' is not allowed on <" + m.group(2) + ">" + hint,
                    attributeLocation(here, NOT_ALLOWED_ATTRIBUTE, text, 1));
        } else if (code.equals("cvc-complex-type.4") && (m = MISSING_ATTRIBUTE.matcher(text)).find()) {
            report("<" + m.group(2) + "> is missing required attribute '" + m.group(1) + "'", here.location());
        } else if (code.startsWith("cvc-complex-type.2.4") && (m = STARTING_WITH.matcher(text)).find()) {
            report(unexpectedElement(plain(m.group(1)), expected(text), here), here.location());
        } else if (code.startsWith("cvc-complex-type.2.4") && (m = INCOMPLETE.matcher(text)).find()) {
            report("<" + m.group(1) + "> is incomplete; " + describe(expected(text)), here.location());
        } else if (code.equals("cvc-complex-type.2.3")) {
            report("text is not allowed in <" + here.element() + ">",
                    here.text() != null ? here.text() : here.location());
        } else if (code.equals("cvc-complex-type.2.1")) {
            report("<" + here.element() + "> must be empty", here.location());
        } else {
            report(plain(text), here.location());
        }
    }

    private String unexpectedElement(String element, List<String> expected, XmlTreeBuilder.ErrorContext here) {
        String in = here.parent() == null ? "" : " in <" + here.parent() + ">";
        boolean known = knownElements.contains(element);
        if (known && "changeSet".equals(here.parent()) && (element.equals(ALONE) || here.siblings().contains(ALONE))) {
            String beside = element.equals(ALONE) ? here.siblings().stream()
                    .filter(s -> !s.equals("validCheckSum") && !s.equals("preConditions"))
                    .findFirst().orElse(element) : element;
            return "<" + ALONE + "> must be alone in its <changeSet>, without other changes, <comment> or <rollback>"
                    + " (Liquibase's XSD requires it); found <" + beside + "> beside it";
        }
        if (known) {
            boolean misplaced = XmlVocabulary.allowsChild(here.parentRecord(), element);
            String order = misplaced ? ORDER.get(here.parent()) : null;
            String hint = order != null ? "; " + order
                    : expected.isEmpty() || expected.size() > LISTED_AT_MOST ? "" : "; " + describe(expected);
            return "element <" + element + ">" + (misplaced ? " is out of order" : " is not allowed") + in + hint;
        }
        Optional<String> close = Suggestions.closest(element, expected);
        if (close.isPresent()) {
            return "unknown element <" + element + ">" + in + "; did you mean <" + close.get() + ">?";
        }
        boolean listed = !expected.isEmpty() && expected.size() <= LISTED_AT_MOST;
        return "unknown element <" + element + ">" + in + (listed ? "; " + describe(expected) : "");
    }

    private String invalidValue(String text) {
        Matcher m = INVALID_ATTRIBUTE_VALUE.matcher(text);
        if (!m.find()) {
            return plain(text);
        }
        return "invalid value '" + m.group(1) + "' for attribute '" + m.group(2) + "' on <" + m.group(3) + ">; "
                + expectation(m.group(4), pendingDatatype);
    }

    private static String expectation(String type, String datatypeMessage) {
        if (type.equals("booleanExp")) {
            return "expected true or false (or a ${property})";
        }
        if (type.equals("integerExp")) {
            return "expected an integer (or a ${property})";
        }
        Matcher e = datatypeMessage == null ? null : ENUMERATION.matcher(datatypeMessage);
        if (e != null && e.find()) {
            return "expected one of " + e.group(1);
        }
        return "not a valid " + type;
    }

    private static SourceLocation attributeLocation(XmlTreeBuilder.ErrorContext here, Pattern pattern, String text,
                                                    int group) {
        Matcher m = pattern.matcher(text);
        if (m.find()) {
            SourceLocation at = here.attributes().get(m.group(group));
            if (at != null) {
                return at;
            }
        }
        return here.location();
    }

    private static List<String> expected(String text) {
        Matcher m = EXPECTED.matcher(text);
        if (!m.find()) {
            return List.of();
        }
        Set<String> names = new LinkedHashSet<>();
        for (String item : m.group(1).split(",")) {
            String name = plain(item.trim());
            if (!name.isEmpty() && !name.startsWith("WC[")) {
                names.add(name);
            }
        }
        return new ArrayList<>(names);
    }

    private static String describe(List<String> expected) {
        if (expected.isEmpty()) {
            return "no child element is allowed here";
        }
        List<String> shown = new ArrayList<>();
        for (String name : expected.subList(0, Math.min(expected.size(), LISTED_AT_MOST))) {
            shown.add("<" + name + ">");
        }
        if (expected.size() > LISTED_AT_MOST) {
            return "expected one of " + String.join(", ", shown) + ", ... (" + expected.size() + " in all)";
        }
        if (shown.size() == 1) {
            return "expected " + shown.get(0);
        }
        return "expected " + String.join(", ", shown.subList(0, shown.size() - 1)) + " or "
                + shown.get(shown.size() - 1);
    }

    /** The message without namespace URIs: {@code {"uri":column}} becomes {@code column}. */
    private static String plain(String text) {
        return NAMESPACED.matcher(text).replaceAll("$1").trim();
    }

    private static boolean isDatatypeError(String code) {
        return code.startsWith("cvc-datatype-valid") || code.endsWith("-valid");
    }

    private void report(String message, SourceLocation where) {
        diagnostics.add(Diagnostic.error(ErrorCode.SCHEMA_VIOLATION, where, message));
    }
}
