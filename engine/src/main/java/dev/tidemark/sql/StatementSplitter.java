// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.sql;

import dev.tidemark.sql.StatementSyntax.Feature;
import dev.tidemark.sql.StatementTokenizer.Token;
import dev.tidemark.sql.StatementTokenizer.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits the text of a {@code sql} or {@code sqlFile} change into statements, following Liquibase
 * 4.33's rules (reference section 8):
 * <ul>
 * <li>with no {@code endDelimiter}, a statement ends at {@code ;}, or at {@code go} or {@code /}
 *     standing alone on a line;</li>
 * <li>a custom {@code endDelimiter} is matched ignoring case, as a whole word when it starts or
 *     ends with a letter; one holding regular-expression characters (or starting with whitespace)
 *     is also tried as a regular expression after optional whitespace; {@code /} counts only alone
 *     on a line;</li>
 * <li>no statement ends inside a {@code BEGIN ... END} nest; {@code BEGIN} followed by
 *     TRANSACTION, TRANS, TRAN, DIALOG, CONVERSATION or DISTRIBUTED opens none;</li>
 * <li>statements are trimmed, and with {@code stripComments} their comments are removed first.</li>
 * </ul>
 * Beyond Liquibase, a delimiter never counts inside a string, quoted identifier, comment,
 * dollar-quoted body or q-quote (per {@link StatementSyntax}); {@code BEGIN;}, {@code BEGIN WORK},
 * {@code BEGIN ISOLATION} and {@code BEGIN READ} (transaction starts) open no nest; {@code CASE}
 * opens one that its {@code END} closes, and {@code END IF / LOOP / WHILE / REPEAT / FOR} close
 * nothing (Liquibase splits procedures with these apart); optimizer hints {@code /*+ } and MySQL
 * {@code /*! } comments are kept when stripping; a piece that holds only comments is not a
 * statement; and with {@link Feature#PLSQL_BLOCKS} PL/SQL units become blocks.
 */
public final class StatementSplitter {
    private static final Set<String> NOT_A_BLOCK_AFTER_BEGIN = Set.of("TRANSACTION", "TRANS", "TRAN", "DIALOG", "CONVERSATION",
            "DISTRIBUTED", "WORK", "ISOLATION", "READ");
    private static final Set<String> NOT_A_BLOCK_AFTER_END = Set.of("IF", "LOOP", "WHILE", "REPEAT", "FOR", "TRANSACTION",
            "TRANS", "TRAN");
    private static final Set<String> PLSQL_UNITS = Set.of("PROCEDURE", "FUNCTION", "PACKAGE", "TRIGGER", "TYPE");
    private static final Set<String> CREATE_MODIFIERS = Set.of("EDITIONABLE", "NONEDITIONABLE", "EDITIONING");
    private static final Pattern TRAILING_SLASH = Pattern.compile("\\n[ \\t\\r]*/\\s*$");

    private final StatementSyntax syntax;

    public StatementSplitter(StatementSyntax syntax) {
        this.syntax = syntax;
    }

    /**
     * The statements of a text.
     *
     * @param splitStatements false: the whole text is one statement
     * @param stripComments   remove comments
     * @param endDelimiter    null for the default delimiters
     */
    public List<SqlStatement> split(String sql, boolean splitStatements, boolean stripComments, String endDelimiter) {
        List<Token> tokens = new StatementTokenizer(syntax, endDelimiter, sql).tokens();
        List<SqlStatement> out = new ArrayList<>();
        Piece piece = new Piece();
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.type() == Type.DELIMITER && splitStatements && piece.endsAt(t)) {
                piece.finish(out, false);
                piece = new Piece();
                continue;
            }
            switch (t.type()) {
                case COMMENT:
                    if (stripComments && !t.isHint()) {
                        piece.dropComment();
                    } else {
                        if (t.isHint()) {
                            piece.significant();
                        }
                        piece.append(t.text());
                    }
                    break;
                case WORD:
                    piece.word(tokens, k);
                    piece.append(t.text());
                    break;
                case SPACE:
                    piece.append(t.text());
                    break;
                default:
                    piece.significant();
                    piece.append(t.text());
                    break;
            }
        }
        piece.finish(out, !splitStatements);
        return out;
    }

    /** The statement being read: its text, its BEGIN/END depth, and whether it is a PL/SQL unit. */
    private final class Piece {
        private final StringBuilder text = new StringBuilder();
        private boolean significant;
        private boolean unit;
        private int depth;
        private boolean endCase;

        boolean endsAt(Token delimiter) {
            return unit ? !delimiter.text().equals(";") : depth == 0;
        }

        void append(String s) {
            text.append(s);
        }

        /** A stripped comment leaves a space where it separated two tokens. */
        void dropComment() {
            if (text.length() > 0 && !Character.isWhitespace(text.charAt(text.length() - 1))) {
                text.append(' ');
            }
        }

        void significant() {
            significant = true;
        }

        void word(List<Token> tokens, int k) {
            if (!significant) {
                significant = true;
                unit = syntax.has(Feature.PLSQL_BLOCKS) && startsUnit(tokens, k);
            }
            if (unit) {
                return;
            }
            Token t = tokens.get(k);
            Token next = nextSignificant(tokens, k);
            if (t.isWord("BEGIN")) {
                boolean transaction = next == null || next.type() == Type.DELIMITER || next.text().equals(";")
                        || (next.type() == Type.WORD && NOT_A_BLOCK_AFTER_BEGIN.contains(upper(next)));
                if (!transaction) {
                    depth++;
                }
            } else if (t.isWord("CASE")) {
                if (endCase) {
                    endCase = false;
                } else {
                    depth++;
                }
            } else if (t.isWord("END")) {
                boolean closesNothing = next != null && next.type() == Type.WORD
                        && NOT_A_BLOCK_AFTER_END.contains(upper(next));
                if (!closesNothing && depth > 0) {
                    depth--;
                }
                endCase = next != null && next.isWord("CASE");
            }
        }

        void finish(List<SqlStatement> out, boolean whole) {
            String sql = text.toString().trim();
            if (!significant || sql.isEmpty()) {
                return;
            }
            if (unit) {
                if (whole) {
                    sql = TRAILING_SLASH.matcher(sql).replaceFirst("").trim();
                }
                out.add(SqlStatement.block(sql));
            } else {
                out.add(SqlStatement.of(sql));
            }
        }
    }

    /** Whether the statement starting with word {@code k} is a PL/SQL unit. */
    private static boolean startsUnit(List<Token> tokens, int k) {
        Token first = tokens.get(k);
        if (first.isWord("BEGIN") || first.isWord("DECLARE")) {
            return true;
        }
        if (!first.isWord("CREATE")) {
            return false;
        }
        int i = nextSignificantIndex(tokens, k);
        if (i >= 0 && tokens.get(i).isWord("OR")) {
            i = nextSignificantIndex(tokens, i);
            if (i < 0 || !tokens.get(i).isWord("REPLACE")) {
                return false;
            }
            i = nextSignificantIndex(tokens, i);
        }
        while (i >= 0 && tokens.get(i).type() == Type.WORD && CREATE_MODIFIERS.contains(upper(tokens.get(i)))) {
            i = nextSignificantIndex(tokens, i);
        }
        return i >= 0 && tokens.get(i).type() == Type.WORD && PLSQL_UNITS.contains(upper(tokens.get(i)));
    }

    private static String upper(Token t) {
        return t.text().toUpperCase(Locale.ROOT);
    }

    /** The next token after {@code k} that is not whitespace or a comment, or null. */
    private static Token nextSignificant(List<Token> tokens, int k) {
        int i = nextSignificantIndex(tokens, k);
        return i < 0 ? null : tokens.get(i);
    }

    private static int nextSignificantIndex(List<Token> tokens, int k) {
        for (int i = k + 1; i < tokens.size(); i++) {
            Type type = tokens.get(i).type();
            if (type != Type.SPACE && type != Type.COMMENT) {
                return i;
            }
        }
        return -1;
    }
}
