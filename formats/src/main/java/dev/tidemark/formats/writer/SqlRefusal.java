// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.formats.writer;

import dev.tidemark.error.ErrorCode;
import dev.tidemark.error.TidemarkException;
import dev.tidemark.model.SourceLocation;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What formatted SQL cannot say about one subject ("changeset db/a.yaml::1::alice", "the changelog"),
 * and the checks on the values it writes into {@code --} directive lines, whose attributes Liquibase
 * reads with one regular expression each.
 */
record SqlRefusal(SourceLocation location, String subject) {
    private static final Pattern WORD = Pattern.compile("\\w+");
    private static final Pattern RUN_WITH = Pattern.compile("[\\w${}]+");
    private static final Pattern DBMS = Pattern.compile("[^,][\\w!,]+");

    SqlRefusal {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(subject, "subject");
    }

    /** "{subject} {what}, which formatted SQL cannot express". */
    TidemarkException because(String what) {
        return saying(what + ", which formatted SQL cannot express");
    }

    /** "{subject} {sentence}". */
    TidemarkException saying(String sentence) {
        return new TidemarkException(ErrorCode.UNSUPPORTED, location, subject + " " + sentence, null);
    }

    /** Refuses a value the format has no place for. */
    void none(String attribute, Object value) {
        if (value != null) {
            throw because("has " + article(attribute) + " attribute");
        }
    }

    /** "a createTable", "an include". */
    static String article(String noun) {
        return ("aeiou".indexOf(Character.toLowerCase(noun.charAt(0))) >= 0 ? "an " : "a ") + noun;
    }

    /** A value read as {@code \w+}. */
    String word(String attribute, String value) {
        if (!WORD.matcher(value).matches()) {
            throw because("has " + attribute + " '" + value + "', not a single word");
        }
        return value;
    }

    /** A value read as {@code \S+}. */
    String token(String attribute, String value) {
        if (value.isEmpty() || value.chars().anyMatch(Character::isWhitespace)) {
            throw because("has " + attribute + " '" + value + "', empty or with spaces");
        }
        return value;
    }

    /** A value read as {@code ".*?"} or {@code \S*}: quoted when it holds spaces. */
    String quotable(String attribute, String value) {
        if (value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            throw because("has " + attribute + " '" + value + "' with a double quote or a line break");
        }
        return value.isEmpty() || value.chars().anyMatch(Character::isWhitespace) ? '"' + value + '"' : value;
    }

    String runWith(String value) {
        if (!RUN_WITH.matcher(value).matches()) {
            throw because("has runWith '" + value + "'");
        }
        return value;
    }

    /** Spaces around the commas of a dbms list mean nothing, and the directive cannot hold them. */
    String dbms(String value) {
        String compact = value.replaceAll("\\s*,\\s*", ",").strip();
        if (!DBMS.matcher(compact).matches()) {
            throw because("has dbms '" + value + "'");
        }
        return compact;
    }

    /** One line to the end: the value of a directive that reads the rest of its line. */
    String restOfLine(String attribute, String value) {
        if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            throw because("has a multi-line " + attribute);
        }
        return value;
    }

    /** The author or id of {@code --changeset author:id}: quoted when the plain form would misread. */
    String changeSetName(String attribute, String value, boolean isAuthor) {
        if (value.isEmpty() || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            throw because("has " + attribute + " '" + value + "'");
        }
        boolean plain = !value.chars().anyMatch(Character::isWhitespace) && (!isAuthor || value.indexOf(':') < 0);
        return plain ? value : '"' + value + '"';
    }
}
