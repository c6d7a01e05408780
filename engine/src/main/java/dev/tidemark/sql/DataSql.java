// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.sql;

import dev.tidemark.model.ColumnConfig;
import dev.tidemark.model.LoadDataColumnConfig;
import dev.tidemark.model.SourceLocation;
import dev.tidemark.model.change.Change;
import dev.tidemark.model.change.Delete;
import dev.tidemark.model.change.Insert;
import dev.tidemark.model.change.LoadData;
import dev.tidemark.model.change.LoadUpdateData;
import dev.tidemark.model.change.Update;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rows: insert, update, delete, loadData, loadUpdateData. ANSI SQL by default; each dialect's
 * package overrides what its database spells differently.
 *
 * <p>In a script ({@link RenderContext#script()}) every value is a literal. When executing, values
 * are bind parameters: each row is a {@code ?} statement, and consecutive rows with the same SQL
 * form one {@link SqlStatement} whose {@code batchRows} hold the values (at most {@link #BATCH_ROWS}
 * rows each). Computed values and sequence calls are always SQL. loadData and loadUpdateData with
 * {@code usePreparedStatements="false"} execute literal SQL, as a script would.
 */
public class DataSql extends SqlFamily {
    /** The most rows one executed batch holds. */
    public static final int BATCH_ROWS = 1000;
    /** The most rows of one multi-row INSERT in literal SQL, as Liquibase writes them. */
    public static final int ROWS_PER_INSERT = 51;
    /** Liquibase's where-parameter placeholders: {@code :name} takes the next parameter name, {@code ?} and {@code :value} the next value. */
    private static final Pattern PLACEHOLDER = Pattern.compile(":name|\\?|:value");

    public DataSql(dev.tidemark.dialect.Dialect dialect) {
        super(dialect);
    }

    public List<SqlStatement> insert(Insert change, RenderContext ctx) {
        if (change.columns().isEmpty()) {
            throw invalid(change, "no column to insert");
        }
        DataValues values = new DataValues(dialect, ctx, change.schemaName(), !ctx.script());
        List<DataCell> row = cells(change.columns(), values);
        String table = ctx.qualified(change.catalogName(), change.schemaName(), change.tableName());
        return batches(List.of(insertRow(table, row, ctx)));
    }

    /** Liquibase writes the SET columns sorted by name. */
    public List<SqlStatement> update(Update change, RenderContext ctx) {
        if (change.columns().isEmpty()) {
            throw invalid(change, "no column to set");
        }
        String where = where(change.where(), change.whereParams(), change.schemaName(), ctx);
        // a ? left in the where (PostgreSQL's jsonb operator, say) must not become a bind placeholder
        DataValues values = new DataValues(dialect, ctx, change.schemaName(), !ctx.script() && !where.contains("?"));
        List<DataCell> set = new ArrayList<>(cells(change.columns(), values));
        set.sort(Comparator.comparing(DataCell::column));
        DataStatement.Builder sql = new DataStatement.Builder()
                .text("UPDATE " + ctx.qualified(change.catalogName(), change.schemaName(), change.tableName()) + " SET ");
        assignments(sql, set, ctx);
        sql.text(where);
        return batches(List.of(sql.build()));
    }

    public List<SqlStatement> delete(Delete change, RenderContext ctx) {
        return List.of(SqlStatement.of("DELETE FROM " + ctx.qualified(change.catalogName(), change.schemaName(), change.tableName())
                + where(change.where(), change.whereParams(), change.schemaName(), ctx)));
    }

    public List<SqlStatement> loadData(LoadData change, RenderContext ctx) {
        boolean literal = ctx.script() || Boolean.FALSE.equals(change.usePreparedStatements());
        List<List<DataCell>> rows = rows(change, change.schemaName(), change.file(), change.relativeToChangelogFile(),
                change.encoding(), change.separator(), change.quotchar(), change.commentLineStartsWith(), change.columns(),
                literal, ctx);
        String table = ctx.qualified(change.catalogName(), change.schemaName(), change.tableName());
        if (literal && multiRowInserts()) {
            List<SqlStatement> out = new ArrayList<>();
            for (int i = 0; i < rows.size(); i += ROWS_PER_INSERT) {
                out.add(SqlStatement.of(multiRowInsert(table, rows.subList(i, Math.min(rows.size(), i + ROWS_PER_INSERT)), ctx)));
            }
            return out;
        }
        List<DataStatement> statements = new ArrayList<>();
        for (List<DataCell> row : rows) {
            statements.add(insertRow(table, row, ctx));
        }
        return batches(statements);
    }

    /**
     * One upsert per row ({@link #upsert}), or with {@code onlyUpdate} one UPDATE per row of the
     * updatable columns keyed on {@code primaryKey}; a row with nothing to update gives no statement.
     */
    public List<SqlStatement> loadUpdateData(LoadUpdateData change, RenderContext ctx) {
        boolean literal = ctx.script() || Boolean.FALSE.equals(change.usePreparedStatements());
        List<List<DataCell>> rows = rows(change, change.schemaName(), change.file(), change.relativeToChangelogFile(),
                change.encoding(), change.separator(), change.quotchar(), change.commentLineStartsWith(), change.columns(),
                literal, ctx);
        String table = ctx.qualified(change.catalogName(), change.schemaName(), change.tableName());
        List<String> keyNames = new ArrayList<>();
        for (String k : change.primaryKey().split(",")) {
            if (!k.isBlank()) {
                keyNames.add(k.trim());
            }
        }
        if (keyNames.isEmpty()) {
            throw invalid(change, "primaryKey names no column");
        }
        List<DataStatement> statements = new ArrayList<>();
        for (List<DataCell> row : rows) {
            List<DataCell> key = keyCells(change, row, keyNames, change.file());
            if (Boolean.TRUE.equals(change.onlyUpdate())) {
                List<DataCell> set = new ArrayList<>(updatable(row, key));
                if (set.isEmpty()) {
                    continue;
                }
                set.sort(Comparator.comparing(DataCell::column));
                statements.add(updateRow(table, set, key, ctx));
            } else {
                statements.add(upsert(table, row, key, ctx));
            }
        }
        return batches(statements);
    }

    /**
     * What undoes a loadUpdateData, as Liquibase 4.33 generates it: one DELETE per row of the file,
     * keyed on the primaryKey columns with the row's values as literals ({@code is NULL} for a null
     * key), whether the row was inserted or updated.
     */
    public List<SqlStatement> loadUpdateDataRollback(LoadUpdateData change, RenderContext ctx) {
        List<List<DataCell>> rows = rows(change, change.schemaName(), change.file(), change.relativeToChangelogFile(),
                change.encoding(), change.separator(), change.quotchar(), change.commentLineStartsWith(), change.columns(),
                true, ctx);
        String table = ctx.qualified(change.catalogName(), change.schemaName(), change.tableName());
        List<String> keyNames = new ArrayList<>();
        for (String k : change.primaryKey().split(",")) {
            if (!k.isBlank()) {
                keyNames.add(k.trim());
            }
        }
        if (keyNames.isEmpty()) {
            throw invalid(change, "primaryKey names no column");
        }
        List<SqlStatement> out = new ArrayList<>();
        for (List<DataCell> row : rows) {
            StringBuilder sql = new StringBuilder("DELETE FROM ").append(table).append(" WHERE ");
            List<DataCell> key = keyCells(change, row, keyNames, change.file());
            for (int i = 0; i < key.size(); i++) {
                String value = key.get(i).value().sql();
                boolean isNull = value.equalsIgnoreCase("NULL");
                sql.append(i == 0 ? "" : " AND ").append(ctx.name(key.get(i).column())).append(isNull ? " is NULL" : " = " + value);
            }
            out.add(SqlStatement.of(sql.toString()));
        }
        return out;
    }

    /** INSERT of one row. */
    protected DataStatement insertRow(String table, List<DataCell> row, RenderContext ctx) {
        return new DataStatement.Builder().text("INSERT INTO " + table + " (" + columnList(row, ctx) + ") VALUES (")
                .values(values(row)).text(")").build();
    }

    /** Whether literal loadData writes one INSERT for many rows ({@code VALUES (..),(..)}), as Liquibase does on this database. */
    protected boolean multiRowInserts() {
        return false;
    }

    /** {@code INSERT INTO t (a, b) VALUES (1, 'x'),(2, 'y')} of literal rows that share their columns. */
    protected final String multiRowInsert(String table, List<List<DataCell>> rows, RenderContext ctx) {
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(table).append(" (").append(columnList(rows.get(0), ctx))
                .append(") VALUES ");
        for (int i = 0; i < rows.size(); i++) {
            sql.append(i == 0 ? "(" : ",(");
            List<DataCell> row = rows.get(i);
            for (int j = 0; j < row.size(); j++) {
                sql.append(j == 0 ? "" : ", ").append(row.get(j).value().sql());
            }
            sql.append(')');
        }
        return sql.toString();
    }

    /**
     * Inserts a row, or updates the row with the same key. The base writes a MERGE from a one-row
     * SELECT ... FROM DUAL (Oracle, H2): the key columns and plain values come from the source row;
     * computed values and sequence calls are written directly into the UPDATE and INSERT, since
     * Oracle refuses sequence calls inside the source query.
     *
     * @param key the primary key cells of the row
     */
    protected DataStatement upsert(String table, List<DataCell> row, List<DataCell> key, RenderContext ctx) {
        DataStatement.Builder sql = new DataStatement.Builder().text("MERGE INTO " + table + " t USING (SELECT ");
        boolean first = true;
        for (DataCell c : row) {
            if (inSource(c, key)) {
                sql.text(first ? "" : ", ").value(c.value()).text(" AS " + ctx.name(c.column()));
                first = false;
            }
        }
        sql.text(" FROM DUAL) s ON (");
        for (int i = 0; i < key.size(); i++) {
            String k = ctx.name(key.get(i).column());
            sql.text((i == 0 ? "" : " AND ") + "t." + k + " = s." + k);
        }
        sql.text(")");
        List<DataCell> set = updatable(row, key);
        if (!set.isEmpty()) {
            sql.text(" WHEN MATCHED THEN UPDATE SET ");
            for (int i = 0; i < set.size(); i++) {
                DataCell c = set.get(i);
                sql.text((i == 0 ? "" : ", ") + "t." + ctx.name(c.column()) + " = ");
                source(sql, c, key, ctx);
            }
        }
        sql.text(" WHEN NOT MATCHED THEN INSERT (" + columnList(row, ctx) + ") VALUES (");
        for (int i = 0; i < row.size(); i++) {
            sql.text(i == 0 ? "" : ", ");
            source(sql, row.get(i), key, ctx);
        }
        return sql.text(")").build();
    }

    private static boolean inSource(DataCell c, List<DataCell> key) {
        return !c.value().expression() || key.contains(c);
    }

    private static void source(DataStatement.Builder sql, DataCell c, List<DataCell> key, RenderContext ctx) {
        if (inSource(c, key)) {
            sql.text("s." + ctx.name(c.column()));
        } else {
            sql.value(c.value());
        }
    }

    /** {@code UPDATE t SET a = 1 WHERE k = 2} for onlyUpdate. */
    protected DataStatement updateRow(String table, List<DataCell> set, List<DataCell> key, RenderContext ctx) {
        DataStatement.Builder sql = new DataStatement.Builder().text("UPDATE " + table + " SET ");
        assignments(sql, set, ctx);
        sql.text(" WHERE ");
        for (int i = 0; i < key.size(); i++) {
            sql.text((i == 0 ? "" : " AND ") + ctx.name(key.get(i).column()) + " = ").value(key.get(i).value());
        }
        return sql.build();
    }

    /** The cells an upsert may overwrite: not part of the key, and not {@code allowUpdate="false"}. */
    protected static List<DataCell> updatable(List<DataCell> row, List<DataCell> key) {
        List<DataCell> out = new ArrayList<>();
        for (DataCell c : row) {
            if (c.updatable() && !key.contains(c)) {
                out.add(c);
            }
        }
        return out;
    }

    /** {@code a = 1, b = 'x'}. */
    protected static void assignments(DataStatement.Builder sql, List<DataCell> set, RenderContext ctx) {
        for (int i = 0; i < set.size(); i++) {
            sql.text((i == 0 ? "" : ", ") + ctx.name(set.get(i).column()) + " = ").value(set.get(i).value());
        }
    }

    /** The quoted column names of a row, comma separated. */
    protected static String columnList(List<DataCell> row, RenderContext ctx) {
        StringBuilder out = new StringBuilder();
        for (DataCell c : row) {
            out.append(out.length() == 0 ? "" : ", ").append(ctx.name(c.column()));
        }
        return out.toString();
    }

    /** The values of a row in order. */
    protected static List<DataValue> values(List<DataCell> row) {
        List<DataValue> out = new ArrayList<>();
        for (DataCell c : row) {
            out.add(c.value());
        }
        return out;
    }

    /**
     * Statements for rows: a row without bind values is a plain statement; consecutive rows with
     * the same SQL form one batch of at most {@link #BATCH_ROWS} rows.
     */
    protected static List<SqlStatement> batches(List<DataStatement> statements) {
        List<SqlStatement> out = new ArrayList<>();
        int i = 0;
        while (i < statements.size()) {
            DataStatement first = statements.get(i);
            if (first.binds().isEmpty()) {
                out.add(SqlStatement.of(first.sql()));
                i++;
                continue;
            }
            List<List<Object>> rows = new ArrayList<>();
            while (i < statements.size() && rows.size() < BATCH_ROWS && statements.get(i).sql().equals(first.sql())) {
                rows.add(statements.get(i).binds());
                i++;
            }
            out.add(new SqlStatement(first.sql(), false, rows));
        }
        return out;
    }

    /**
     * The WHERE clause of update and delete (empty without one). As in Liquibase, in the trimmed
     * text each {@code :name} takes the next named parameter's column name, and each {@code ?} or
     * {@code :value} the next parameter's value as a literal; placeholders left over stay as written.
     */
    protected String where(String where, List<ColumnConfig> params, String schemaName, RenderContext ctx) {
        if (where == null || where.isBlank()) {
            return "";
        }
        DataValues literals = new DataValues(dialect, ctx, schemaName, false);
        Iterator<String> names = params.stream().map(ColumnConfig::name).filter(n -> n != null).iterator();
        Iterator<ColumnConfig> values = params.iterator();
        Matcher m = PLACEHOLDER.matcher(where.trim());
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            if (m.group().equals(":name")) {
                if (names.hasNext()) {
                    m.appendReplacement(out, Matcher.quoteReplacement(ctx.name(names.next())));
                }
            } else if (values.hasNext()) {
                ColumnConfig p = values.next();
                m.appendReplacement(out, Matcher.quoteReplacement(literals.of(p.valueSpec(), p.encoding(), p.location()).sql()));
            }
        }
        m.appendTail(out);
        return " WHERE " + out;
    }

    private List<DataCell> cells(List<ColumnConfig> columns, DataValues values) {
        List<DataCell> out = new ArrayList<>();
        for (ColumnConfig c : columns) {
            out.add(new DataCell(c.name(), values.of(c.valueSpec(), c.encoding(), c.location()), true));
        }
        return out;
    }

    private List<List<DataCell>> rows(Change change, String schemaName, String file, Boolean relative, String encoding,
            String separator, String quotchar, String comment, List<LoadDataColumnConfig> columns, boolean literal,
            RenderContext ctx) {
        SourceLocation at = change.location();
        byte[] bytes = ctx.files().read(file, Boolean.TRUE.equals(relative), at);
        LoadDataFile data = LoadDataFile.read(bytes, file, encoding, separator, quotchar, comment, at);
        DataValues values = new DataValues(dialect, ctx, schemaName, !literal);
        List<List<DataCell>> rows = new LoadDataMapping(ctx, values, at).rows(data, columns);
        if (!rows.isEmpty() && rows.get(0).isEmpty()) {
            throw invalid(change, file + " has no column to load");
        }
        return rows;
    }

    private List<DataCell> keyCells(Change change, List<DataCell> row, List<String> keyNames, String file) {
        List<DataCell> key = new ArrayList<>();
        for (String k : keyNames) {
            DataCell found = null;
            for (DataCell c : row) {
                if (c.column().toLowerCase(Locale.ROOT).equals(k.toLowerCase(Locale.ROOT))) {
                    found = c;
                    break;
                }
            }
            if (found == null) {
                throw invalid(change, "primaryKey column '" + k + "' is not among the columns loaded from " + file);
            }
            key.add(found);
        }
        return key;
    }
}
