// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.formats.sql;

import dev.tidemark.error.ErrorCode;
import dev.tidemark.formats.mapping.Suggestions;
import dev.tidemark.formats.tree.ScalarNode;
import dev.tidemark.model.SourceLocation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A recognised {@code key:value} argument of a directive, under its canonical spelling. Liquibase
 * matches keys ignoring case, so {@code RUNONCHANGE:true} is {@code runOnChange}.
 */
record Attribute(String name, SqlLine line, Token token) {

    SourceLocation keyLocation(Problems problems) {
        return problems.at(line, token.keyIndex());
    }

    ScalarNode value(Problems problems) {
        return ScalarNode.string(problems.at(line, token.valueIndex()), token.value());
    }

    /**
     * The recognised attributes among {@code tokens}, in line order. Unknown keys and stray words are
     * warned about (Liquibase ignores them); a repeated key, an empty value or an unclosed quote is an error.
     *
     * @param directive how the line is named in messages, e.g. {@code "--changeset"}
     */
    static List<Attribute> read(SqlLine line, List<Token> tokens, List<String> known, String directive, Problems problems) {
        List<Attribute> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<Token> stray = new ArrayList<>();
        for (Token t : tokens) {
            if (t.unclosedQuote()) {
                problems.error(ErrorCode.SYNTAX, line, t.valueIndex(), "unclosed \" in " + directive + " argument '" + t.text() + "'");
                continue;
            }
            if (!t.isAttribute()) {
                stray.add(t);
                continue;
            }
            String name = canonical(t.key(), known);
            if (name == null) {
                problems.warning(ErrorCode.UNKNOWN_ATTRIBUTE, line, t.keyIndex(), "unknown " + directive + " attribute '"
                        + t.key() + "' is ignored" + Suggestions.hint(t.key(), known));
            } else if (!seen.add(name)) {
                problems.error(ErrorCode.DUPLICATE_KEY, line, t.keyIndex(), directive + " attribute '" + name + "' is given twice");
            } else if (t.value().isEmpty()) {
                problems.error(ErrorCode.INVALID_VALUE, line, t.keyIndex(), directive + " attribute '" + name + "' has no value");
            } else {
                out.add(new Attribute(name, line, t));
            }
        }
        if (!stray.isEmpty()) {
            Token first = stray.get(0);
            StringBuilder words = new StringBuilder();
            for (Token t : stray) {
                words.append(words.length() == 0 ? "" : " ").append(t.text());
            }
            problems.warning(ErrorCode.SYNTAX, line, first.keyIndex(), "text '" + words + "' on the " + directive
                    + " line is not a key:value attribute and is ignored");
        }
        return out;
    }

    /** The attribute named {@code name}, if present. */
    static Attribute find(List<Attribute> attributes, String name) {
        for (Attribute a : attributes) {
            if (a.name().equals(name)) {
                return a;
            }
        }
        return null;
    }

    private static String canonical(String key, List<String> known) {
        for (String k : known) {
            if (k.toLowerCase(Locale.ROOT).equals(key.toLowerCase(Locale.ROOT))) {
                return k;
            }
        }
        return null;
    }
}
