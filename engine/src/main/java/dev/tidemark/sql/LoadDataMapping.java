// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.sql;

import dev.tidemark.error.ErrorCode;
import dev.tidemark.error.TidemarkException;
import dev.tidemark.model.LoadDataColumnConfig;
import dev.tidemark.model.SourceLocation;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How the values of a loadData file become row values, following Liquibase 4.33's rules.
 *
 * <p>Each file column is matched with the first {@code <column>} whose {@code index} (0-based)
 * is its position or whose {@code header} or {@code name} equals its header (ignoring case); the
 * table column is the config's {@code name}, else the header. A cell equal to the config's
 * {@code nullPlaceholder} (when set), else to {@code NULL} in any case, is SQL NULL. An empty cell
 * takes the config's {@code defaultValue}, then (when that is unset) the typed default
 * ({@code defaultValueNumeric}, {@code defaultValueBoolean}, {@code defaultValueDate},
 * {@code defaultValueComputed}). By {@code type}:
 * <ul>
 * <li>none, or a type name not listed here: a string; an empty cell is NULL;</li>
 * <li>STRING: a string; an empty cell is the empty string;</li>
 * <li>NUMERIC: a number (validated); BOOLEAN: true/t/yes/y/1 or false/f/no/n/0 (Liquibase reads any
 *     other text as false; Tidemark refuses it); DATE (also {@code datetime}, {@code time}): a date,
 *     or a function call such as {@code NOW()};</li>
 * <li>COMPUTED: an SQL expression; SEQUENCE: the next value of the named sequence;</li>
 * <li>BLOB: Base64 text, or the path of a file (relative to the changelog); CLOB: the path of a
 *     file when it exists, else the text itself;</li>
 * <li>UUID, OTHER: a string the database converts; SKIP: the column is not loaded.</li>
 * </ul>
 */
public final class LoadDataMapping {
    /** Liquibase's test for a Base64 BLOB value. */
    private static final Pattern BASE64 = Pattern.compile("^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$");
    private static final Pattern RELATIVE_DATE = Pattern.compile("(?i)(now|today)\\s*([+-].*)?");

    private final RenderContext ctx;
    private final DataValues values;
    private final SourceLocation at;

    /**
     * @param ctx    file access for BLOB and CLOB cells
     * @param values literal or bind values
     * @param at     the change, for messages
     */
    public LoadDataMapping(RenderContext ctx, DataValues values, SourceLocation at) {
        this.ctx = ctx;
        this.values = values;
        this.at = at;
    }

    /** The rows of a file, each a list of cells in file order (SKIP columns left out). */
    public List<List<DataCell>> rows(LoadDataFile file, List<LoadDataColumnConfig> configs) {
        List<String> header = file.header();
        List<LoadDataColumnConfig> matched = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            LoadDataColumnConfig c = config(configs, i, header.get(i));
            if ((c == null || c.name() == null) && header.get(i).isEmpty()) {
                throw new TidemarkException(ErrorCode.INVALID_VALUE, at, file.name() + " column " + i
                        + " has no header; name it, or map it with <column index=\"" + i + "\" name=\"...\">", null);
            }
            matched.add(c);
        }
        List<List<DataCell>> rows = new ArrayList<>();
        for (LoadDataFile.Row row : file.rows()) {
            List<DataCell> cells = new ArrayList<>();
            for (int i = 0; i < header.size(); i++) {
                LoadDataColumnConfig c = matched.get(i);
                if (c != null && "skip".equalsIgnoreCase(c.type())) {
                    continue;
                }
                String column = c != null && c.name() != null ? c.name() : header.get(i);
                boolean updatable = c == null || !Boolean.FALSE.equals(c.allowUpdate());
                DataValue v = c == null ? untyped(row.values().get(i)) : cell(row.values().get(i), c, file, row.line(), column);
                cells.add(new DataCell(column, v, updatable));
            }
            rows.add(cells);
        }
        return rows;
    }

    private static LoadDataColumnConfig config(List<LoadDataColumnConfig> configs, int index, String header) {
        for (LoadDataColumnConfig c : configs) {
            if ((c.index() != null && c.index() == index) || (c.header() != null && c.header().equalsIgnoreCase(header))
                    || (c.name() != null && c.name().equalsIgnoreCase(header))) {
                return c;
            }
        }
        return null;
    }

    /** A column with no {@code <column>}: a string, NULL when empty or {@code NULL}. */
    private DataValue untyped(String cell) {
        return cell.isEmpty() || Literals.isNullWord(cell) ? values.nullValue() : values.string(cell, at);
    }

    private DataValue cell(String raw, LoadDataColumnConfig c, LoadDataFile file, long line, String column) {
        boolean isNull = c.nullPlaceholder() != null ? c.nullPlaceholder().equals(raw) : Literals.isNullWord(raw);
        if (isNull) {
            return values.nullValue();
        }
        String cell = raw.isEmpty() ? c.defaultValue() : raw;
        String where = file.name() + " line " + line + ", column " + column;
        try {
            return typed(cell, c);
        } catch (TidemarkException e) {
            throw new TidemarkException(e.code(), e.location() != null ? e.location() : at, where + ": " + e.getMessage(), e);
        }
    }

    private DataValue typed(String cell, LoadDataColumnConfig c) {
        String type = c.type() == null ? "" : c.type().trim().toUpperCase(Locale.ROOT);
        switch (type) {
            case "STRING":
                return values.string(cell == null ? "" : cell, at);
            case "NUMERIC":
                if (cell == null) {
                    return c.defaultValueNumeric() == null ? values.nullValue() : values.number(c.defaultValueNumeric(), at);
                }
                return values.number(cell, at);
            case "BOOLEAN":
                if (cell == null) {
                    return c.defaultValueBoolean() == null ? values.nullValue() : values.bool(c.defaultValueBoolean());
                }
                Boolean b = Literals.parseBoolean(cell);
                if (b == null) {
                    throw new TidemarkException(ErrorCode.INVALID_VALUE, at, "'" + cell
                            + "' is not a boolean (true/false, t/f, yes/no, y/n, 1/0)", null);
                }
                return values.bool(b);
            case "DATE":
            case "DATETIME":
            case "TIME":
                if (cell == null) {
                    return c.defaultValueDate() == null ? values.nullValue() : values.date(c.defaultValueDate(), at);
                }
                if (RELATIVE_DATE.matcher(cell.trim()).matches()) {
                    throw new TidemarkException(ErrorCode.UNSUPPORTED, at, "relative dates like '" + cell
                            + "' are not supported; use type COMPUTED with a database expression", null);
                }
                return values.date(cell, at);
            case "COMPUTED":
                if (cell == null) {
                    return c.defaultValueComputed() == null ? values.nullValue() : values.computed(c.defaultValueComputed());
                }
                return values.computed(cell);
            case "SEQUENCE":
                if (cell == null) {
                    throw new TidemarkException(ErrorCode.INVALID_VALUE, at,
                            "a SEQUENCE column needs a sequence name in the cell or in defaultValue", null);
                }
                return values.sequenceNext(cell, at);
            case "BLOB":
                if (cell == null) {
                    return values.nullValue();
                }
                if (BASE64.matcher(cell).matches()) {
                    return values.blob(Base64.getDecoder().decode(cell), at);
                }
                return values.blob(ctx.files().read(cell, true, at), at);
            case "CLOB":
                if (cell == null) {
                    return values.nullValue();
                }
                return values.string(clobText(cell), at);
            default:
                // no type, UUID, OTHER, or a type name Liquibase does not know: the text as it is
                return cell == null ? values.nullValue() : values.string(cell, at);
        }
    }

    /** A CLOB cell is the path of a file (relative to the changelog) when that file exists, else the text itself. */
    private String clobText(String cell) {
        byte[] content;
        try {
            content = ctx.files().read(cell, true, at);
        } catch (TidemarkException e) {
            if (e.code() == ErrorCode.FILE_NOT_FOUND) {
                return cell;
            }
            throw e;
        }
        return DataValues.decode(content, null, at);
    }
}
