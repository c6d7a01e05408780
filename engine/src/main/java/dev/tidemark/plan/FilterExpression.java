// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.plan;

import dev.tidemark.error.ErrorCode;
import dev.tidemark.error.TidemarkException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * A context or label expression as Liquibase writes them: names joined by {@code and}, {@code or},
 * {@code ,} (or), negated by {@code !} or {@code not}, grouped by parentheses; case-insensitive.
 * An empty expression is true.
 */
public final class FilterExpression {
    private final String text;
    private final List<String> tokens;

    private FilterExpression(String text) {
        this.text = text == null ? "" : text.trim();
        this.tokens = tokenize(this.text);
    }

    public static FilterExpression parse(String text) {
        FilterExpression e = new FilterExpression(text);
        if (!e.tokens.isEmpty()) {
            e.evaluate(name -> true);
        }
        return e;
    }

    public boolean isEmpty() {
        return tokens.isEmpty();
    }

    public String text() {
        return text;
    }

    /** Whether the expression is compound (needs parentheses when AND-ed with others). */
    public boolean isCompound() {
        return tokens.size() > 1;
    }

    /** Evaluates with {@code isTrue} deciding each name. */
    public boolean evaluate(Predicate<String> isTrue) {
        if (tokens.isEmpty()) {
            return true;
        }
        int[] pos = {0};
        boolean value = or(pos, isTrue);
        if (pos[0] != tokens.size()) {
            throw error("unexpected '" + tokens.get(pos[0]) + "'");
        }
        return value;
    }

    private boolean or(int[] pos, Predicate<String> isTrue) {
        boolean value = and(pos, isTrue);
        while (pos[0] < tokens.size() && (is(pos, "or") || is(pos, ","))) {
            pos[0]++;
            boolean right = and(pos, isTrue);
            value = value || right;
        }
        return value;
    }

    private boolean and(int[] pos, Predicate<String> isTrue) {
        boolean value = unary(pos, isTrue);
        while (pos[0] < tokens.size() && is(pos, "and")) {
            pos[0]++;
            boolean right = unary(pos, isTrue);
            value = value && right;
        }
        return value;
    }

    private boolean unary(int[] pos, Predicate<String> isTrue) {
        if (pos[0] >= tokens.size()) {
            throw error("ends too early");
        }
        if (is(pos, "!") || is(pos, "not")) {
            pos[0]++;
            return !unary(pos, isTrue);
        }
        if (is(pos, "(")) {
            pos[0]++;
            boolean value = or(pos, isTrue);
            if (pos[0] >= tokens.size() || !is(pos, ")")) {
                throw error("a '(' is not closed");
            }
            pos[0]++;
            return value;
        }
        String name = tokens.get(pos[0]);
        if (name.equals(")") || name.equals(",") || name.equalsIgnoreCase("and") || name.equalsIgnoreCase("or")) {
            throw error("unexpected '" + name + "'");
        }
        pos[0]++;
        return isTrue.test(name.toLowerCase(Locale.ROOT));
    }

    private boolean is(int[] pos, String token) {
        return tokens.get(pos[0]).equalsIgnoreCase(token);
    }

    private TidemarkException error(String what) {
        return new TidemarkException(ErrorCode.INVALID_VALUE, "the expression '" + text + "' " + what);
    }

    private static List<String> tokenize(String text) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(' || c == ')' || c == ',' || c == '!') {
                out.add(String.valueOf(c));
                i++;
            } else {
                int start = i;
                while (i < text.length() && !Character.isWhitespace(text.charAt(i)) && "(),!".indexOf(text.charAt(i)) < 0) {
                    i++;
                }
                out.add(text.substring(start, i));
            }
        }
        return out;
    }
}
