// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.sql;

import dev.tidemark.model.ColumnConfig;
import dev.tidemark.model.Constraints;
import dev.tidemark.model.change.AddLookupTable;
import dev.tidemark.model.change.AddNotNullConstraint;
import dev.tidemark.model.change.CreateTable;
import dev.tidemark.model.change.DropTable;
import dev.tidemark.model.change.RenameTable;
import dev.tidemark.model.change.SetTableRemarks;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Tables: create, drop, rename, lookup tables, table remarks. The base class writes the SQL most
 * databases accept (PostgreSQL's, as Liquibase writes it); each dialect's package overrides what
 * its database spells differently. Column definitions come from the dialect's {@link ColumnSql}.
 */
public class TableSql extends SqlFamily {
    public TableSql(dev.tidemark.dialect.Dialect dialect) {
        super(dialect);
    }

    // ---------------------------------------------------------------- createTable

    /**
     * CREATE [type] TABLE [IF NOT EXISTS] t (columns, primary key, foreign keys, unique
     * constraints) [options], then COMMENT ON statements for the remarks.
     */
    public List<SqlStatement> createTable(CreateTable change, RenderContext ctx) {
        if (change.columns().isEmpty()) {
            throw invalid(change, "a table needs at least one column");
        }
        ColumnSql columns = dialect.sql().column();
        List<String> parts = new ArrayList<>();
        List<ColumnConfig> autoIncrement = new ArrayList<>();
        for (ColumnConfig col : change.columns()) {
            boolean auto = isAutoIncrement(change, col, columns);
            if (auto) {
                autoIncrement.add(col);
                checkAutoIncrement(change, col);
            }
            parts.add(columns.createTableColumn(change, col, auto, ctx));
        }
        String primaryKey = primaryKeyConstraint(change, ctx);
        if (primaryKey != null) {
            parts.add(primaryKey);
        }
        for (ColumnConfig col : change.columns()) {
            String fk = foreignKeyConstraint(change, col, ctx);
            if (fk != null) {
                parts.add(fk);
            }
        }
        for (ColumnConfig col : change.columns()) {
            String unique = uniqueConstraint(col, ctx);
            if (unique != null) {
                parts.add(unique);
            }
        }
        String table = ctx.qualified(change.catalogName(), change.schemaName(), change.tableName());
        StringBuilder sql = new StringBuilder("CREATE ");
        if (change.tableType() != null && !change.tableType().isBlank()) {
            sql.append(change.tableType().trim()).append(' ');
        }
        sql.append("TABLE ");
        if (Boolean.TRUE.equals(change.ifNotExists()) && supportsIfNotExists()) {
            sql.append("IF NOT EXISTS ");
        }
        sql.append(table).append(" (").append(String.join(", ", parts)).append(')')
                .append(tableOptions(change, autoIncrement, ctx));
        List<SqlStatement> out = new ArrayList<>();
        out.add(SqlStatement.of(sql.toString()));
        out.addAll(remarkStatements(change, ctx));
        return out;
    }

    /** autoIncrement="true", or a type that asks for it (serial, int identity, {autoIncrement:true}). */
    private boolean isAutoIncrement(CreateTable change, ColumnConfig col, ColumnSql columns) {
        return Boolean.TRUE.equals(col.autoIncrement())
                || col.type() != null && columns.parseType(change, col.type()).autoIncrement();
    }

    /** What the database refuses in an auto-increment column (MySQL: incrementBy). */
    protected void checkAutoIncrement(CreateTable change, ColumnConfig col) {
    }

    /** Whether CREATE TABLE IF NOT EXISTS exists here; where it does not, ifNotExists is ignored as in Liquibase. */
    protected boolean supportsIfNotExists() {
        return true;
    }

    /**
     * CONSTRAINT name PRIMARY KEY (columns): the last primaryKeyName given, else the database's
     * default name ({@link #defaultPrimaryKeyName}).
     */
    protected String primaryKeyConstraint(CreateTable change, RenderContext ctx) {
        List<String> pkColumns = new ArrayList<>();
        String name = null;
        String tablespace = null;
        Boolean validate = null;
        for (ColumnConfig col : change.columns()) {
            Constraints c = col.constraints();
            if (c != null && Boolean.TRUE.equals(c.primaryKey())) {
                pkColumns.add(ctx.name(col.name()));
                name = c.primaryKeyName() != null ? c.primaryKeyName() : name;
                tablespace = c.primaryKeyTablespace() != null ? c.primaryKeyTablespace() : tablespace;
                validate = c.validatePrimaryKey() != null ? c.validatePrimaryKey() : validate;
            }
        }
        if (pkColumns.isEmpty()) {
            return null;
        }
        String constraintName = name != null ? name : defaultPrimaryKeyName(change.tableName());
        return "CONSTRAINT " + ctx.name(constraintName) + " PRIMARY KEY (" + String.join(", ", pkColumns) + ")"
                + primaryKeyTablespace(tablespace, ctx) + columns().novalidate(validate);
    }

    /** Liquibase's name for an unnamed primary key: PK_TABLE (PostgreSQL: table_pkey). */
    protected String defaultPrimaryKeyName(String table) {
        return "PK_" + table.toUpperCase(Locale.ROOT);
    }

    /** " USING INDEX TABLESPACE ts" where the database places primary-key indexes in tablespaces. */
    protected String primaryKeyTablespace(String tablespace, RenderContext ctx) {
        return tablespace == null ? "" : " USING INDEX TABLESPACE " + tablespace;
    }

    /** CONSTRAINT fk FOREIGN KEY (col) REFERENCES target [ON DELETE CASCADE] [deferral], or null. */
    protected String foreignKeyConstraint(CreateTable change, ColumnConfig col, RenderContext ctx) {
        Constraints c = col.constraints();
        ColumnReference ref = ColumnReference.of(c);
        if (ref == null) {
            return null;
        }
        if (c.foreignKeyName() == null || c.foreignKeyName().isBlank()) {
            throw invalid(change, "column " + col.name() + " references another table; createTable needs its foreignKeyName");
        }
        return "CONSTRAINT " + ctx.name(c.foreignKeyName()) + " FOREIGN KEY (" + ctx.name(col.name()) + ") REFERENCES "
                + ref.inCreateTable(ctx) + (Boolean.TRUE.equals(c.deleteCascade()) ? " ON DELETE CASCADE" : "")
                + deferral(c) + columns().novalidate(c.validateForeignKey());
    }

    /** " INITIALLY DEFERRED" / " DEFERRABLE" as asked, where the database has deferred constraints. */
    protected String deferral(Constraints c) {
        return (Boolean.TRUE.equals(c.initiallyDeferred()) ? " INITIALLY DEFERRED" : "")
                + (Boolean.TRUE.equals(c.deferrable()) ? " DEFERRABLE" : "");
    }

    /** [CONSTRAINT name] UNIQUE (col), or null. */
    protected String uniqueConstraint(ColumnConfig col, RenderContext ctx) {
        Constraints c = col.constraints();
        if (c == null || !Boolean.TRUE.equals(c.unique())) {
            return null;
        }
        String name = c.uniqueConstraintName() == null ? "" : "CONSTRAINT " + ctx.name(c.uniqueConstraintName()) + " ";
        return name + "UNIQUE (" + ctx.name(col.name()) + ")" + columns().novalidate(c.validateUnique());
    }

    /** What follows the closing parenthesis: " TABLESPACE ts" by default. */
    protected String tableOptions(CreateTable change, List<ColumnConfig> autoIncrement, RenderContext ctx) {
        return change.tablespace() == null ? "" : " TABLESPACE " + change.tablespace();
    }

    /** COMMENT ON TABLE and COMMENT ON COLUMN for the table's and columns' remarks. */
    protected List<SqlStatement> remarkStatements(CreateTable change, RenderContext ctx) {
        List<SqlStatement> out = new ArrayList<>();
        if (change.remarks() != null) {
            out.add(tableComment(change.catalogName(), change.schemaName(), change.tableName(), change.remarks(), ctx));
        }
        for (ColumnConfig col : change.columns()) {
            if (col.remarks() != null) {
                out.add(columns().columnComment(change.catalogName(), change.schemaName(), change.tableName(), col.name(),
                        col.remarks(), ctx));
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- drop, rename, remarks

    public List<SqlStatement> dropTable(DropTable change, RenderContext ctx) {
        String sql = "DROP TABLE " + ctx.qualified(change.catalogName(), change.schemaName(), change.tableName());
        return List.of(SqlStatement.of(Boolean.TRUE.equals(change.cascadeConstraints()) ? sql + cascade() : sql));
    }

    /** What DROP TABLE adds to drop the constraints that point at the table (" CASCADE"). */
    protected String cascade() {
        return " CASCADE";
    }

    public List<SqlStatement> renameTable(RenameTable change, RenderContext ctx) {
        return List.of(SqlStatement.of("ALTER TABLE " + ctx.qualified(change.catalogName(), change.schemaName(),
                change.oldTableName()) + " RENAME TO " + ctx.name(change.newTableName())));
    }

    public List<SqlStatement> setTableRemarks(SetTableRemarks change, RenderContext ctx) {
        return List.of(tableComment(change.catalogName(), change.schemaName(), change.tableName(),
                change.remarks() == null ? "" : change.remarks(), ctx));
    }

    /** COMMENT ON TABLE t IS 'remarks'. */
    protected SqlStatement tableComment(String catalog, String schema, String table, String remarks, RenderContext ctx) {
        return SqlStatement.of("COMMENT ON TABLE " + ctx.qualified(catalog, schema, table) + " IS "
                + dialect.literals().string(remarks));
    }

    // ---------------------------------------------------------------- addLookupTable

    /**
     * CREATE TABLE new AS SELECT DISTINCT, then the new column made NOT NULL and primary key, then
     * the foreign key from the existing table (named FK_EXISTING_NEW unless constraintName says).
     */
    public List<SqlStatement> addLookupTable(AddLookupTable change, RenderContext ctx) {
        String newTable = ctx.qualified(change.newTableCatalogName(), change.newTableSchemaName(), change.newTableName());
        String existingTable = ctx.qualified(change.existingTableCatalogName(), change.existingTableSchemaName(),
                change.existingTableName());
        String newColumn = ctx.name(change.newColumnName());
        String existingColumn = ctx.name(change.existingColumnName());
        List<SqlStatement> out = new ArrayList<>();
        out.add(SqlStatement.of("CREATE TABLE " + newTable + " AS SELECT DISTINCT " + existingColumn + " AS " + newColumn
                + " FROM " + existingTable + " WHERE " + existingColumn + " IS NOT NULL"));
        out.addAll(lookupNotNull(change, ctx));
        out.add(SqlStatement.of("ALTER TABLE " + newTable + " ADD PRIMARY KEY (" + newColumn + ")"));
        String fk = change.constraintName() != null ? change.constraintName()
                : "FK_" + change.existingTableName().toUpperCase(Locale.ROOT) + "_"
                        + change.newTableName().toUpperCase(Locale.ROOT);
        out.add(SqlStatement.of("ALTER TABLE " + existingTable + " ADD CONSTRAINT " + ctx.name(fk) + " FOREIGN KEY ("
                + existingColumn + ") REFERENCES " + newTable + " (" + newColumn + ")"));
        return out;
    }

    /** The new lookup column made NOT NULL, as the dialect's addNotNullConstraint writes it. */
    protected List<SqlStatement> lookupNotNull(AddLookupTable change, RenderContext ctx) {
        AddNotNullConstraint notNull = new AddNotNullConstraint(change.location(), change.newTableCatalogName(),
                change.newTableSchemaName(), change.newTableName(), change.newColumnName(), null,
                change.newColumnDataType(), null, null);
        return columns().addNotNullConstraint(notNull, ctx);
    }

    protected ColumnSql columns() {
        return dialect.sql().column();
    }

    /** The last startWith among auto-increment columns, or null. */
    protected static BigInteger lastStartWith(List<ColumnConfig> autoIncrement) {
        BigInteger last = null;
        for (ColumnConfig col : autoIncrement) {
            last = col.startWith() != null ? col.startWith() : last;
        }
        return last;
    }
}
