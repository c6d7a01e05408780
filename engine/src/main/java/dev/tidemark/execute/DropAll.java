// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.execute;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.dialect.Identifiers;
import dev.tidemark.dialect.QuotingStrategy;
import dev.tidemark.dialect.SchemaInventory;
import dev.tidemark.dialect.SchemaInventory.Kind;
import dev.tidemark.dialect.SchemaInventory.SchemaObject;
import dev.tidemark.error.ErrorCode;
import dev.tidemark.error.TidemarkException;
import dev.tidemark.model.SourceLocation;
import dev.tidemark.model.change.Change;
import dev.tidemark.model.change.DropForeignKeyConstraint;
import dev.tidemark.model.change.DropProcedure;
import dev.tidemark.model.change.DropSequence;
import dev.tidemark.model.change.DropTable;
import dev.tidemark.model.change.DropView;
import dev.tidemark.model.meta.RecordShape;
import dev.tidemark.sql.ChangeRenderer;
import dev.tidemark.sql.RenderContext;
import dev.tidemark.sql.SqlStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Drops every object in some schemas (drop-all): foreign keys, views, tables, sequences, and the
 * routines, types and the like that the dialect's {@link SchemaInventory} finds in the database
 * catalog. Drops are the dialect's own statements, rendered from drop changes where a change type
 * exists (dropForeignKeyConstraint, dropView, dropTable, dropSequence, dropProcedure), else by
 * the inventory, with every name quoted exactly as the catalog spells it.
 *
 * <p>Objects go in phases, each listed once the phase before it has run: foreign keys first, so
 * tables drop in any order; then views; tables; sequences (those serial and identity columns own
 * went with their tables); then routines and types, which tables and views may have used. Within
 * a phase, drops that fail are tried again while a pass makes progress (views on views, functions
 * on types), and objects an earlier drop took with it are no longer tried.
 */
public final class DropAll {
    private static final SourceLocation INTERNAL = SourceLocation.ofFile("(drop-all)");
    private static final List<List<Kind>> PHASES = List.of(
            List.of(Kind.FOREIGN_KEY),
            List.of(Kind.VIEW, Kind.MATERIALIZED_VIEW, Kind.SYNONYM),
            List.of(Kind.TABLE),
            List.of(Kind.SEQUENCE),
            List.of(Kind.FUNCTION, Kind.PROCEDURE, Kind.AGGREGATE, Kind.ALIAS, Kind.EVENT, Kind.DOMAIN, Kind.TYPE, Kind.CONSTANT));

    /** The schemas emptied, what was dropped ("table app.person"), in order, and what could not be looked at. */
    public record Result(List<String> schemas, List<String> dropped, List<String> notes) {
        public Result {
            schemas = List.copyOf(schemas);
            dropped = List.copyOf(dropped);
            notes = List.copyOf(notes);
        }

        /** This result with more objects dropped after it. */
        public Result plus(List<String> more) {
            List<String> all = new ArrayList<>(dropped);
            all.addAll(more);
            return new Result(schemas, all, notes);
        }
    }

    /** Drop statements, and the schema to make the session's while they run (null: they name their schema). */
    private record Rendered(List<SqlStatement> statements, String inSchema) {
    }

    private final Dialect dialect;
    private final SchemaInventory inventory;
    private final RenderContext exact;
    private final ChangeRenderer renderer;
    /** Per schema: whether the dialect's qualifier spells it exactly (see {@link #render}). */
    private final Map<String, Boolean> exactlyQualified = new HashMap<>();

    public DropAll(Dialect dialect) {
        this.dialect = dialect;
        this.inventory = dialect.schemaInventory();
        this.exact = new RenderContext(dialect, null, QuotingStrategy.QUOTE_ALL_OBJECTS, (path, relative, from) -> {
            throw new IllegalStateException("drop statements read no files");
        }, UnaryOperator.identity(), false);
        this.renderer = new ChangeRenderer(exact);
    }

    /**
     * The schemas to empty, as the catalog spells them: each requested name as written, else as
     * the database folds unquoted names; none requested means the session's schema. Refuses
     * unknown names, all of them in one message, before anything is dropped.
     */
    public List<String> schemas(Connection c, List<String> requested) throws SQLException {
        if (requested.isEmpty()) {
            String current = inventory.currentSchema(c);
            if (current == null) {
                throw new TidemarkException(ErrorCode.USAGE, "drop-all cannot tell the session's schema on "
                        + dialect.displayName() + "; name it with --schemas");
            }
            return List.of(current);
        }
        List<String> known = inventory.schemas(c);
        Set<String> out = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String name : requested) {
            String folded = dialect.identifiers().fold(name);
            if (known.contains(name)) {
                out.add(name);
            } else if (known.contains(folded)) {
                out.add(folded);
            } else {
                List<String> alike = known.stream().filter(k -> k.equalsIgnoreCase(name)).toList();
                unknown.add("'" + name + "'" + (alike.isEmpty() ? "" : " (did you mean '" + String.join("' or '", alike) + "'?)"));
            }
        }
        if (!unknown.isEmpty()) {
            throw new TidemarkException(ErrorCode.USAGE, "drop-all: no schema " + String.join(", no schema ", unknown) + " in this "
                    + dialect.displayName() + " database; nothing was dropped");
        }
        return List.copyOf(out);
    }

    /**
     * Drops everything in {@code schemas} except the tables of {@code keepSchema} (any schema when
     * null) named in {@code keepTables} (compared case-insensitively): the lock table stays while
     * its lock is held.
     */
    public Result drop(Connection c, List<String> schemas, String keepSchema, Set<String> keepTables) throws SQLException {
        Predicate<SchemaObject> kept = o -> o.kind() == Kind.TABLE && (keepSchema == null || keepSchema.equals(o.schema()))
                && named(o.name(), keepTables);
        List<String> dropped = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        withAutoCommit(c, () -> {
            for (List<Kind> phase : PHASES) {
                dropPhase(c, schemas, phase, kept, dropped, notes::add);
            }
        });
        return new Result(schemas, dropped, notes);
    }

    /** Drops these tables of {@code schema} where they exist (the tracking tables); what was dropped. */
    public List<String> dropTables(Connection c, String schema, Set<String> tables) throws SQLException {
        List<String> dropped = new ArrayList<>();
        String in = schema != null ? schema : inventory.currentSchema(c);
        List<String> schemas = in == null ? List.of() : List.of(in);
        withAutoCommit(c, () -> dropPhase(c, schemas, List.of(Kind.TABLE), o -> !named(o.name(), tables), dropped, note -> { }));
        return dropped;
    }

    private static boolean named(String name, Set<String> names) {
        return names.stream().anyMatch(n -> n.equalsIgnoreCase(name));
    }

    private interface Work {
        void run() throws SQLException;
    }

    /** Each drop commits on its own: DDL commits anyway on most databases, and a failed drop must not undo the others. */
    private static void withAutoCommit(Connection c, Work work) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(true);
        try {
            work.run();
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    private void dropPhase(Connection c, List<String> schemas, List<Kind> kinds, Predicate<SchemaObject> kept, List<String> dropped,
            Consumer<String> notes) throws SQLException {
        Map<SchemaObject, Rendered> pending = new LinkedHashMap<>();
        for (SchemaObject o : list(c, schemas, kinds, kept, notes)) {
            pending.put(o, render(o));
        }
        while (!pending.isEmpty()) {
            int before = pending.size();
            SQLException last = null;
            SchemaObject lastWhat = null;
            for (Map.Entry<SchemaObject, Rendered> e : new ArrayList<>(pending.entrySet())) {
                try {
                    execute(c, e.getValue());
                    dropped.add(e.getKey().describe());
                    pending.remove(e.getKey());
                } catch (SQLException failure) {
                    last = failure;
                    lastWhat = e.getKey();
                }
            }
            if (!pending.isEmpty()) {
                // What went with an earlier drop (PostgreSQL drops inheriting tables with their parent) is done.
                pending.keySet().retainAll(new HashSet<>(list(c, schemas, kinds, kept, note -> { })));
            }
            if (!pending.isEmpty() && pending.size() == before) {
                throw new TidemarkException(ErrorCode.DATABASE_ERROR, null, "cannot drop " + lastWhat.describe() + ": "
                        + last.getMessage() + " [SQLState " + last.getSQLState() + "]; dropped before it: " + dropped.size()
                        + " objects", last);
            }
        }
    }

    private List<SchemaObject> list(Connection c, List<String> schemas, List<Kind> kinds, Predicate<SchemaObject> kept,
            Consumer<String> notes) throws SQLException {
        List<SchemaObject> out = new ArrayList<>();
        for (String schema : schemas) {
            for (Kind kind : kinds) {
                for (SchemaObject o : inventory.find(c, schema, kind, notes)) {
                    if (!kept.test(o)) {
                        out.add(o);
                    }
                }
            }
        }
        return out;
    }

    /**
     * The object's drop statements. Where the dialect would re-case the schema qualifier (H2
     * upper-cases it, as Liquibase does, which misses a schema created quoted in lower case), the
     * statements name the object unqualified and run with the session switched to its schema.
     */
    private Rendered render(SchemaObject o) {
        boolean qualified = o.schema() == null || exactlyQualified.computeIfAbsent(o.schema(), this::qualifiesExactly);
        SchemaObject named = qualified ? o : o.unqualified();
        return new Rendered(statements(named), qualified ? null : o.schema());
    }

    private boolean qualifiesExactly(String schema) {
        Identifiers ids = dialect.identifiers();
        String probe = "x";
        return ids.qualify(null, schema, probe, QuotingStrategy.QUOTE_ALL_OBJECTS)
                .equals(ids.quote(schema, QuotingStrategy.QUOTE_ALL_OBJECTS) + "." + ids.quote(probe, QuotingStrategy.QUOTE_ALL_OBJECTS));
    }

    private List<SqlStatement> statements(SchemaObject o) {
        Change change;
        switch (o.kind()) {
            case FOREIGN_KEY:
                change = RecordShape.build(DropForeignKeyConstraint.class, INTERNAL, "baseTableSchemaName", o.schema(),
                        "baseTableName", o.table(), "constraintName", o.name());
                break;
            case VIEW:
                change = RecordShape.build(DropView.class, INTERNAL, "schemaName", o.schema(), "viewName", o.name());
                break;
            case TABLE:
                change = RecordShape.build(DropTable.class, INTERNAL, "schemaName", o.schema(), "tableName", o.name(),
                        "cascadeConstraints", Boolean.TRUE);
                break;
            case SEQUENCE:
                change = RecordShape.build(DropSequence.class, INTERNAL, "schemaName", o.schema(), "sequenceName", o.name());
                break;
            case PROCEDURE:
                if (o.arguments() != null) {
                    // Overloads are told apart by their arguments, which dropProcedure cannot name.
                    return inventory.drop(o, exact);
                }
                change = RecordShape.build(DropProcedure.class, INTERNAL, "schemaName", o.schema(), "procedureName", o.name());
                break;
            default:
                return inventory.drop(o, exact);
        }
        return renderer.render(change);
    }

    private static void execute(Connection c, Rendered rendered) throws SQLException {
        String before = rendered.inSchema() == null ? null : c.getSchema();
        if (rendered.inSchema() != null) {
            c.setSchema(rendered.inSchema());
        }
        try (Statement st = c.createStatement()) {
            for (SqlStatement s : rendered.statements()) {
                st.execute(s.sql());
            }
        } finally {
            if (before != null) {
                c.setSchema(before);
            }
        }
    }
}
