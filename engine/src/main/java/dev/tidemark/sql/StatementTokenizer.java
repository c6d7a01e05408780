// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.sql;

import dev.tidemark.sql.StatementSyntax.Feature;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Cuts SQL text into the tokens {@link StatementSplitter} needs: whitespace, words, quoted text
 * (strings, quoted identifiers, dollar-quoted bodies, q-quotes), comments, single symbols, and
 * statement delimiters. Delimiters are only found outside quotes and comments.
 */
final class StatementTokenizer {

    /** What a token is. */
    enum Type { SPACE, WORD, QUOTED, COMMENT, SYMBOL, DELIMITER }

    /** A token and where it starts in the text. */
    record Token(Type type, String text, int start) {
        /** Optimizer hints ({@code /*+}) and MySQL executable comments ({@code /*!}) are SQL, kept when comments are stripped. */
        boolean isHint() {
            return type == Type.COMMENT && (text.startsWith("/*+") || text.startsWith("/*!"));
        }

        boolean isWord(String word) {
            return type == Type.WORD && text.equalsIgnoreCase(word);
        }
    }

    private static final Pattern DOLLAR_TAG = Pattern.compile("\\$([A-Za-z_][A-Za-z0-9_]*)?\\$");
    private static final String REGEX_CHARS = "\\^$.|?*+()[]{}";

    private final StatementSyntax syntax;
    private final String endDelimiter;
    private final Pattern delimiterPattern;
    private final String text;
    private int pos;

    /**
     * @param endDelimiter null: {@code ;}, or {@code go} / {@code /} alone on a line; otherwise the
     *                     custom delimiter (matched ignoring case; one with regular-expression
     *                     characters or leading whitespace is also tried as a regular expression
     *                     after optional whitespace)
     */
    StatementTokenizer(StatementSyntax syntax, String endDelimiter, String text) {
        this.syntax = syntax;
        this.endDelimiter = endDelimiter == null || endDelimiter.isEmpty() ? null : endDelimiter;
        this.delimiterPattern = regex(this.endDelimiter);
        this.text = text;
    }

    private static Pattern regex(String delimiter) {
        if (delimiter == null || delimiter.equals("/") || delimiter.length() == 1) {
            return null;
        }
        boolean regex = Character.isWhitespace(delimiter.charAt(0));
        for (char c : delimiter.toCharArray()) {
            regex |= REGEX_CHARS.indexOf(c) >= 0;
        }
        if (!regex) {
            return null;
        }
        try {
            return Pattern.compile("\\s*(?:" + delimiter + ")", Pattern.CASE_INSENSITIVE);
        } catch (PatternSyntaxException e) {
            return null;
        }
    }

    List<Token> tokens() {
        List<Token> out = new ArrayList<>();
        pos = 0;
        while (pos < text.length()) {
            int start = pos;
            Type type = next();
            out.add(new Token(type, text.substring(start, pos), start));
        }
        return out;
    }

    /** Reads one token from {@code pos}, leaving {@code pos} after it. */
    private Type next() {
        int delimiterEnd = delimiterAt(pos);
        if (delimiterEnd > pos) {
            pos = delimiterEnd;
            return Type.DELIMITER;
        }
        char c = text.charAt(pos);
        if (Character.isWhitespace(c)) {
            pos++;
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos)) && delimiterAt(pos) < 0) {
                pos++;
            }
            return Type.SPACE;
        }
        if (lineComment()) {
            int eol = text.indexOf('\n', pos);
            pos = eol < 0 ? text.length() : eol;
            return Type.COMMENT;
        }
        if (c == '/' && at(pos + 1) == '*') {
            blockComment();
            return Type.COMMENT;
        }
        if (quoted(c)) {
            return Type.QUOTED;
        }
        if (isWordChar(c)) {
            pos++;
            // a custom delimiter such as $ or # may end a word
            while (pos < text.length() && isWordChar(text.charAt(pos)) && (endDelimiter == null || delimiterAt(pos) < 0)) {
                pos++;
            }
            return Type.WORD;
        }
        pos++;
        return Type.SYMBOL;
    }

    /** The end of a delimiter starting at {@code i}, or -1. */
    private int delimiterAt(int i) {
        if (endDelimiter == null) {
            if (text.charAt(i) == ';') {
                return i + 1;
            }
            int end = lineAlone(i, "/");
            return end > 0 ? end : lineAlone(i, "go");
        }
        if (endDelimiter.equals("/")) {
            return lineAlone(i, "/");
        }
        if (text.regionMatches(true, i, endDelimiter, 0, endDelimiter.length()) && wordBounded(i, i + endDelimiter.length())) {
            return i + endDelimiter.length();
        }
        if (delimiterPattern != null) {
            Matcher m = delimiterPattern.matcher(text).region(i, text.length());
            if (m.lookingAt() && m.end() > i && !text.substring(i, m.end()).isBlank() && wordBounded(i, m.end())) {
                return m.end();
            }
        }
        return -1;
    }

    /** The end of {@code word} at {@code i} when it stands alone on its line (spaces around it allowed), else -1. */
    private int lineAlone(int i, String word) {
        if (!text.regionMatches(true, i, word, 0, word.length())) {
            return -1;
        }
        for (int b = i - 1; b >= 0 && text.charAt(b) != '\n'; b--) {
            if (text.charAt(b) != ' ' && text.charAt(b) != '\t' && text.charAt(b) != '\r') {
                return -1;
            }
        }
        int end = i + word.length();
        for (int a = end; a < text.length() && text.charAt(a) != '\n'; a++) {
            if (!Character.isWhitespace(text.charAt(a))) {
                return -1;
            }
        }
        return end;
    }

    /** Whether a delimiter made of letters or digits at its start or end does not continue a word there. */
    private boolean wordBounded(int start, int end) {
        boolean startOk = start == 0 || !isAlphanumeric(text.charAt(start)) || !isAlphanumeric(text.charAt(start - 1));
        boolean endOk = end >= text.length() || !isAlphanumeric(text.charAt(end - 1)) || !isAlphanumeric(text.charAt(end));
        return startOk && endOk;
    }

    private static boolean isAlphanumeric(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private boolean lineComment() {
        char c = text.charAt(pos);
        if (c == '-' && at(pos + 1) == '-') {
            return !syntax.has(Feature.DASH_DASH_NEEDS_SPACE) || pos + 2 >= text.length() || at(pos + 2) <= ' ';
        }
        if (c == '#') {
            return syntax.has(Feature.HASH_COMMENTS);
        }
        return c == '/' && at(pos + 1) == '/' && syntax.has(Feature.SLASH_SLASH_COMMENTS);
    }

    private void blockComment() {
        boolean nested = syntax.has(Feature.NESTED_BLOCK_COMMENTS);
        int depth = 0;
        while (pos < text.length()) {
            if (text.charAt(pos) == '/' && at(pos + 1) == '*' && (depth == 0 || nested)) {
                depth++;
                pos += 2;
            } else if (text.charAt(pos) == '*' && at(pos + 1) == '/') {
                depth--;
                pos += 2;
                if (depth == 0) {
                    return;
                }
            } else {
                pos++;
            }
        }
    }

    /** Reads a quoted token starting at {@code pos} if there is one. */
    private boolean quoted(char c) {
        boolean afterWord = pos > 0 && isWordChar(text.charAt(pos - 1));
        boolean backslash = syntax.has(Feature.BACKSLASH_ESCAPES);
        if (c == '\'') {
            pos = closeQuote(pos + 1, '\'', backslash);
            return true;
        }
        if (c == '"') {
            pos = closeQuote(pos + 1, '"', backslash && syntax.has(Feature.DOUBLE_QUOTED_STRINGS));
            return true;
        }
        if (c == '`' && syntax.has(Feature.BACKTICK_IDENTIFIERS)) {
            pos = closeQuote(pos + 1, '`', false);
            return true;
        }
        if (afterWord) {
            return false;
        }
        if (c == '$' && syntax.has(Feature.DOLLAR_QUOTES)) {
            Matcher m = DOLLAR_TAG.matcher(text).region(pos, text.length());
            if (m.lookingAt()) {
                int close = text.indexOf(m.group(), m.end());
                pos = close < 0 ? text.length() : close + m.group().length();
                return true;
            }
        }
        if ((c == 'e' || c == 'E') && at(pos + 1) == '\'' && syntax.has(Feature.ESCAPE_STRINGS)) {
            pos = closeQuote(pos + 2, '\'', true);
            return true;
        }
        if (syntax.has(Feature.Q_QUOTES)) {
            int q = (c == 'n' || c == 'N') ? pos + 1 : pos;
            if ((at(q) == 'q' || at(q) == 'Q') && at(q + 1) == '\'' && q + 2 < text.length()
                    && !Character.isWhitespace(text.charAt(q + 2))) {
                char open = text.charAt(q + 2);
                char close = open == '[' ? ']' : open == '{' ? '}' : open == '(' ? ')' : open == '<' ? '>' : open;
                int end = text.indexOf(close + "'", q + 3);
                pos = end < 0 ? text.length() : end + 2;
                return true;
            }
        }
        return false;
    }

    /** The position after the closing quote (a doubled quote is part of the text), or the end of the text. */
    private int closeQuote(int from, char quote, boolean backslashEscapes) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (backslashEscapes && c == '\\') {
                i += 2;
            } else if (c == quote) {
                if (at(i + 1) == quote) {
                    i += 2;
                } else {
                    return i + 1;
                }
            } else {
                i++;
            }
        }
        return text.length();
    }

    private boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '@' || (c == '#' && !syntax.has(Feature.HASH_COMMENTS));
    }

    private char at(int i) {
        return i < text.length() ? text.charAt(i) : '\0';
    }
}
