// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.sql;

import dev.tidemark.error.ErrorCode;
import dev.tidemark.error.TidemarkException;
import dev.tidemark.model.DbmsList;
import dev.tidemark.model.ModifySql;
import dev.tidemark.model.modifysql.Append;
import dev.tidemark.model.modifysql.Prepend;
import dev.tidemark.model.modifysql.RegExpReplace;
import dev.tidemark.model.modifysql.Replace;
import dev.tidemark.model.modifysql.SqlModifier;
import dev.tidemark.model.modifysql.SqlModifierVisitor;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Applies a changeset's {@code modifySql} blocks to its rendered statements, as Liquibase does:
 * each statement's SQL goes through every block that applies, in order, and through each block's
 * edits in order. A block applies when its {@code dbms} matches the database, the caller's
 * predicate accepts its context and labels, and, for rollback statements, when
 * {@code applyToRollback="true"}. Edits: {@code replace} (every occurrence of a text),
 * {@code regExpReplace} (every match of a Java regular expression; {@code $1} in {@code with}
 * refers to a group), {@code prepend} and {@code append}.
 */
public final class SqlModifiers {
    private final List<ModifySql> blocks;

    /**
     * @param blocks      the changeset's modifySql blocks, in order
     * @param shortName   the database's short name (postgresql, mysql, ...), for {@code dbms}
     * @param rollback    whether the statements are a rollback
     * @param selected    whether a block's context and labels select it in this run
     */
    public SqlModifiers(List<ModifySql> blocks, String shortName, boolean rollback, Predicate<ModifySql> selected) {
        Objects.requireNonNull(shortName, "shortName");
        List<ModifySql> applicable = new ArrayList<>();
        for (ModifySql block : blocks) {
            if (DbmsList.parse(block.dbms()).matches(shortName) && (!rollback || Boolean.TRUE.equals(block.applyToRollback()))
                    && selected.test(block)) {
                applicable.add(block);
            }
        }
        this.blocks = List.copyOf(applicable);
    }

    /** The statements with every applicable edit made (a statement keeps its block flag and bind rows). */
    public List<SqlStatement> apply(List<SqlStatement> statements) {
        if (blocks.isEmpty()) {
            return statements;
        }
        List<SqlStatement> out = new ArrayList<>();
        for (SqlStatement s : statements) {
            String sql = s.sql();
            for (ModifySql block : blocks) {
                for (SqlModifier modifier : block.modifiers()) {
                    sql = modifier.accept(new Edit(sql));
                }
            }
            out.add(new SqlStatement(sql, s.block(), s.batchRows()));
        }
        return out;
    }

    /** One edit of one statement's SQL. */
    private static final class Edit implements SqlModifierVisitor<String> {
        private final String sql;

        Edit(String sql) {
            this.sql = sql;
        }

        @Override
        public String visitReplace(Replace replace) {
            return sql.replace(replace.replace(), replace.with());
        }

        @Override
        public String visitRegExpReplace(RegExpReplace r) {
            try {
                return Pattern.compile(r.replace()).matcher(sql).replaceAll(r.with());
            } catch (PatternSyntaxException e) {
                throw new TidemarkException(ErrorCode.INVALID_VALUE, r.location(),
                        "regExpReplace: '" + r.replace() + "' is not a valid regular expression: " + e.getDescription(), e);
            } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                throw new TidemarkException(ErrorCode.INVALID_VALUE, r.location(),
                        "regExpReplace: with '" + r.with() + "' is not a valid replacement: " + e.getMessage(), e);
            }
        }

        @Override
        public String visitPrepend(Prepend prepend) {
            return prepend.value() + sql;
        }

        @Override
        public String visitAppend(Append append) {
            return sql + append.value();
        }
    }
}
