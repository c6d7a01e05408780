// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark;

import dev.tidemark.checksum.ChangeFiles;
import dev.tidemark.checksum.CheckSumCalculator;
import dev.tidemark.checksum.CheckSums;
import dev.tidemark.checksum.Descriptions;
import dev.tidemark.dialect.Dialect;
import dev.tidemark.error.ChangeLogInvalidException;
import dev.tidemark.error.ErrorCode;
import dev.tidemark.execute.JdbcTarget;
import dev.tidemark.execute.RunListener;
import dev.tidemark.execute.UpdateOptions;
import dev.tidemark.execute.UpdateResult;
import dev.tidemark.history.HistoryRow;
import dev.tidemark.history.HistoryStore;
import dev.tidemark.lock.LockService;
import dev.tidemark.plan.CheckSumCheck;
import java.sql.Connection;
import java.sql.SQLException;
import dev.tidemark.error.Diagnostic;
import dev.tidemark.error.TidemarkException;
import dev.tidemark.model.SourceLocation;
import dev.tidemark.plan.Step;
import dev.tidemark.execute.RenderCheck;
import dev.tidemark.execute.Slices;
import java.util.ArrayList;
import dev.tidemark.execute.Executor;
import dev.tidemark.execute.RunInfo;
import dev.tidemark.execute.ScriptTarget;
import dev.tidemark.execute.ChangeLogSync;
import dev.tidemark.execute.DropAll;
import dev.tidemark.execute.SqlRunner;
import dev.tidemark.history.TableLookup;
import dev.tidemark.lock.LockHolder;
import dev.tidemark.plan.Inspection;
import dev.tidemark.history.HistoryTable;
import dev.tidemark.history.TrackingTables;
import dev.tidemark.history.TrackingTablesPlace;
import dev.tidemark.lock.LockTable;
import dev.tidemark.model.ChangeLog;
import dev.tidemark.model.ChangeSet;
import dev.tidemark.plan.Filters;
import dev.tidemark.plan.Plan;
import dev.tidemark.plan.Planner;
import dev.tidemark.plan.RanPaths;
import dev.tidemark.precondition.PreconditionChecks;
import dev.tidemark.sql.RenderContext;
import dev.tidemark.sql.ResourceAccess;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The engine's front door: plans and runs a parsed changelog against one database. The CLI and
 * embedding applications go through here.
 */
public final class Tidemark {
    /** What Tidemark writes into the LIQUIBASE column. */
    public static final String VERSION_COLUMN = "tidemark-0.1.0";
    /** Fewer pending changesets than this have their descriptions made on the script's own thread. */
    private static final int MIN_BACKGROUND_DESCRIPTIONS = 500;

    private final Dialect dialect;
    private final TrackingTables tables;
    private final ResourceAccess files;
    private final UnaryOperator<String> expandProperties;
    /** Checksums being computed for the changelog last checked (see startCheckSums). */
    private ChangeLog pendingCheckSumsFor;
    private java.util.concurrent.CompletableFuture<java.util.Map<ChangeSet, String>> pendingCheckSums;
    /** Script statements rendered by the last check(), by changeset identity. */
    private java.util.Map<ChangeSet, List<dev.tidemark.sql.SqlStatement>> checkedScripts = new java.util.IdentityHashMap<>();

    /**
     * @param files            reads files that changes refer to
     * @param expandProperties substitutes changelog properties in sqlFile content at run time
     */
    public Tidemark(Dialect dialect, TrackingTables tables, ResourceAccess files, UnaryOperator<String> expandProperties) {
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.tables = Objects.requireNonNull(tables, "tables");
        this.files = Objects.requireNonNull(files, "files");
        this.expandProperties = Objects.requireNonNull(expandProperties, "expandProperties");
    }

    public Dialect dialect() {
        return dialect;
    }

    /** The rollback commands for this database and changelog context. */
    public Rollbacks rollbacks() {
        return new Rollbacks(this, dialect, tables, files, expandProperties);
    }

    /** The checksum Tidemark (and Liquibase 4.33) computes for a changeset on this database. */
    public String checkSum(ChangeSet changeSet) {
        return CheckSums.compute(changeSet, CheckSums.LATEST, dialect.shortName(), ChangeFiles.of(files, expandProperties)).toString();
    }

    /** The plan for a database with no history: every selected changeset is pending. */
    public Plan planFresh(ChangeLog changeLog, Filters filters) {
        return new Planner(filters, checkSumsOf(changeLog)).plan(changeLog, List.of());
    }

    /**
     * Starts computing every changeset's checksum on another thread; {@link #check} calls it so that
     * hashing overlaps with rendering, and a plan made afterwards for the same changelog waits for it.
     */
    private void startCheckSums(ChangeLog changeLog) {
        if (pendingCheckSumsFor == changeLog) {
            return;
        }
        pendingCheckSumsFor = changeLog;
        // Checksums are the longest step of a run that applies nothing (10,000 changesets: longer
        // than parsing), so they are computed in slices on threads of their own, one per core.
        pendingCheckSums = Slices.start(changeLog.changeSets(), 500, "tidemark-checksums", this::checkSums)
                .thenApply(parts -> {
                    java.util.Map<ChangeSet, String> all = new java.util.IdentityHashMap<>();
                    parts.forEach(all::putAll);
                    return all;
                });
    }

    private java.util.Map<ChangeSet, String> checkSums(List<ChangeSet> changeSets) {
        java.util.Map<ChangeSet, String> sums = new java.util.IdentityHashMap<>();
        CheckSumCalculator calculator = new CheckSumCalculator();
        ChangeFiles changeFiles = ChangeFiles.of(files, expandProperties);
        for (ChangeSet cs : changeSets) {
            if (!cs.ignoreOrDefault()) {
                sums.put(cs, calculator.compute(cs, CheckSums.LATEST, dialect.shortName(), changeFiles).toString());
            }
        }
        return sums;
    }

    /** Checksums by algorithm version: current (9:) ones from the precomputed set, older ones computed. */
    private java.util.function.BiFunction<ChangeSet, Integer, String> checkSumsByVersion(ChangeLog changeLog) {
        java.util.function.Function<ChangeSet, String> current = checkSumsOf(changeLog);
        return (cs, version) -> version == CheckSums.LATEST ? current.apply(cs) : checkSum(cs, version);
    }

    /** The checksum function for a plan: the precomputed ones when this changelog was checked. */
    private java.util.function.Function<ChangeSet, String> checkSumsOf(ChangeLog changeLog) {
        if (pendingCheckSumsFor != changeLog) {
            return this::checkSum;
        }
        java.util.Map<ChangeSet, String> sums = Slices.join(pendingCheckSums);
        return cs -> {
            String sum = sums.get(cs);
            return sum != null ? sum : checkSum(cs);
        };
    }

    /**
     * Everything this database cannot run in the selected changesets, found by rendering them all
     * without running anything: unsupported change types and attributes, names too long.
     */
    public List<Diagnostic> check(ChangeLog changeLog, Filters filters) {
        return check(changeLog, filters, java.util.Set.of());
    }

    /**
     * As {@link #check(ChangeLog, Filters)}, leaving out changesets that already ran (identities
     * {@code path::id::author}, lower case) and will not run again: what ran, ran.
     */
    public List<Diagnostic> check(ChangeLog changeLog, Filters filters, java.util.Set<String> alreadyRan) {
        startCheckSums(changeLog);
        List<ChangeSet> toCheck = new ArrayList<>();
        // Checksums play no part in what a database can run: plan without them.
        for (Step step : new Planner(filters, cs -> null).plan(changeLog, List.of()).pending()) {
            ChangeSet cs = step.changeSet();
            if (alreadyRan.isEmpty() || cs.runAlwaysOrDefault() || cs.runOnChangeOrDefault()
                    || !alreadyRan.contains(cs.identifier().toLowerCase(java.util.Locale.ROOT))) {
                toCheck.add(cs);
            }
        }
        RenderCheck.Result result = new RenderCheck(executor(true, filters), dialect).check(toCheck);
        if (checkedScripts.isEmpty()) {
            // the usual single check: its identity map as it is, not copied entry by entry
            checkedScripts = result.statements();
        } else {
            checkedScripts.putAll(result.statements());
        }
        return result.diagnostics();
    }

    /**
     * The identities ({@code path::id::author}, lower case) of the changesets the database's history
     * says ran, or none when it has no history table. Read without the lock: only to spare checks.
     */
    public java.util.Set<String> alreadyRan(Connection connection) {
        try {
            HistoryStore store = new HistoryStore(dialect, tables);
            if (!store.exists(connection)) {
                return java.util.Set.of();
            }
            java.util.Set<String> out = new java.util.HashSet<>();
            for (HistoryRow row : store.readAll(connection)) {
                if (row.execType().ran()) {
                    out.add(row.identifier().toLowerCase(java.util.Locale.ROOT));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new TidemarkException(ErrorCode.DATABASE_ERROR, null, "cannot read the history: " + e.getMessage()
                    + " [SQLState " + e.getSQLState() + "]", e);
        }
    }

    /** The checksum of a changeset in an algorithm version (8 for rows an older Liquibase wrote). */
    public String checkSum(ChangeSet changeSet, int version) {
        return CheckSums.compute(changeSet, version, dialect.shortName(), ChangeFiles.of(files, expandProperties)).toString();
    }

    /**
     * Applies the changelog to a live database: takes the lock on {@code lockSession} (held for the
     * whole run), creates or upgrades the tracking tables, reads the history once, validates stored
     * checksums (upgrading 8: rows), plans, and runs the pending changesets on {@code work}.
     */
    public UpdateResult update(ChangeLog changeLog, Filters filters, Connection lockSession, Connection work,
            UpdateOptions options, String targetName, RunListener listener, LockService.Listener lockListener) {
        LockService locks = new LockService(dialect, tables, dialect.sessionLock(), java.time.Clock.systemUTC());
        try (LockService.Lock held = locks.acquire(lockSession, options.lockHolder(), options.lockWait(),
                options.lockPollRate(), lockListener)) {
            HistoryStore store = new HistoryStore(dialect, tables);
            store.ensure(work);
            List<HistoryRow> rows = store.readAll(work);
            changeLog = RanPaths.keep(changeLog, rows);
            CheckSumCheck.Result checked = new CheckSumCheck(checkSumsByVersion(changeLog)).check(changeLog, rows, filters);
            if (!checked.mismatches().isEmpty()) {
                throw new ChangeLogInvalidException(checked.mismatches());
            }
            work.setAutoCommit(false);
            for (CheckSumCheck.Rewrite r : checked.rewrites()) {
                store.updateCheckSum(work, r.row(), r.newCheckSum());
            }
            work.commit();
            Plan plan = new Planner(filters, checkSumsOf(changeLog)).plan(changeLog, checked.history());
            PreconditionChecks preconditions = PreconditionChecks.forUpdate(dialect, work, checked.history(), expandProperties,
                    changeLog, plan, listener);
            preconditions.checkChangeLog(changeLog);
            RunInfo run = new RunInfo(changeLog.rootPath(), targetName, liveDeploymentId(), VERSION_COLUMN);
            UpdateResult result = executor(false, filters).withGate(preconditions).run(plan,
                    new JdbcTarget(work, dialect, store, listener), run, store.maxOrderExecuted(rows), options.count(),
                    options.toTag(), listener);
            return new UpdateResult(result.applied(), result.alreadyRan(), result.filtered(), result.failedSkipped(),
                    checked.rewrites().size());
        } catch (SQLException e) {
            throw new TidemarkException(ErrorCode.DATABASE_ERROR, null, "the database failed: " + e.getMessage()
                    + " [SQLState " + e.getSQLState() + "]", e);
        }
    }

    /**
     * The changelog against the database as it is now, read without the lock and without writing
     * (status, validate, update-sql): tracking tables present or not, the history, checksum
     * mismatches, and the plan.
     */
    public Inspection inspect(ChangeLog changeLog, Filters filters, Connection c) {
        try {
            TableLookup lookup = new TableLookup(dialect, tables);
            boolean historyExists = lookup.historyExists(c);
            boolean lockExists = lookup.lockExists(c);
            List<HistoryRow> rows = historyExists ? new HistoryStore(dialect, tables).readAll(c) : List.of();
            changeLog = RanPaths.keep(changeLog, rows);
            CheckSumCheck.Result checked = new CheckSumCheck(checkSumsByVersion(changeLog)).check(changeLog, rows, filters);
            Plan plan = new Planner(filters, checkSumsOf(changeLog)).plan(changeLog, checked.history());
            return new Inspection(historyExists, lockExists, rows, checked.mismatches(), plan);
        } catch (SQLException e) {
            throw databaseError(e);
        }
    }

    /**
     * The changelog-level preconditions evaluated against the database, as validate reports them:
     * failing HALT blocks as errors, WARN ones as warnings. Reads only.
     *
     * @param history the history as read (for changeSetExecuted)
     */
    public List<Diagnostic> changeLogPreconditions(ChangeLog changeLog, Connection c, List<HistoryRow> history) {
        return PreconditionChecks.forUpdate(dialect, c, history, expandProperties, changeLog, null, RunListener.NONE)
                .diagnoseChangeLog(changeLog);
    }

    /** A database without tracking tables: offline, everything selected is pending. */
    public Inspection inspectOffline(ChangeLog changeLog, Filters filters) {
        return Inspection.fresh(planFresh(changeLog, filters));
    }

    /**
     * Writes the script for an inspected database: what update would run ({@code markOnly}
     * false: update-sql and its -count and -to-tag forms), or only the history rows that mark the
     * changesets as run (changelog-sync-sql, mark-next-changeset-ran-sql). Tracking-table DDL is
     * written only for tables that are missing. Returns the number of changesets in the script.
     *
     * @param count at most this many changesets (-1: all)
     * @param toTag up to and including the changeset that tags this (null: no limit)
     */
    public int script(ChangeLog changeLog, Filters filters, Inspection state, boolean markOnly, int count, String toTag,
            String targetName, Writer out) {
        return script(changeLog, filters, state, markOnly, count, toTag, targetName, out, null, RunListener.NONE);
    }

    /**
     * As above, with preconditions that say onSqlOutput=TEST evaluated against {@code live} (null:
     * offline, where only those that need no database can be); their warnings go to {@code listener}.
     */
    public int script(ChangeLog changeLog, Filters filters, Inspection state, boolean markOnly, int count, String toTag,
            String targetName, Writer out, Connection live, RunListener listener) {
        // The DESCRIPTION column of every pending changeset is made on a second thread while this
        // one hashes the deployment id: each takes a noticeable part of a long script's time.
        List<Step> all = state.plan().pending();
        List<Step> pending = count >= 0 && count < all.size() ? all.subList(0, count) : all;
        java.util.concurrent.CompletableFuture<java.util.Map<ChangeSet, String>> described = Slices.background(
                "tidemark-descriptions", pending.size() < MIN_BACKGROUND_DESCRIPTIONS, () -> descriptions(pending));
        RunInfo run = new RunInfo(changeLog.rootPath(), targetName, scriptDeploymentId(state.plan()), VERSION_COLUMN);
        java.util.Map<ChangeSet, String> descriptions = Slices.join(described);
        java.util.function.Function<ChangeSet, String> describe = cs -> {
            String d = descriptions.get(cs);
            return d != null ? d : Descriptions.of(cs);
        };
        ScriptTarget target = new ScriptTarget(out, dialect, new HistoryTable(dialect, tables), new LockTable(dialect, tables),
                state.historyExists(), state.lockExists());
        if (markOnly) {
            return new ChangeLogSync(describe).run(state.plan(), target, run, state.lastOrderExecuted(), count, toTag);
        }
        PreconditionChecks preconditions = PreconditionChecks.forScript(dialect, live, state.rows(), expandProperties, changeLog,
                state.plan(), listener);
        preconditions.checkChangeLog(changeLog);
        // The script statements a check() just rendered need not be rendered again.
        return executor(true, filters, describe).withPrerendered(checkedScripts).withGate(preconditions)
                .run(state.plan(), target, run, state.lastOrderExecuted(), count, toTag, listener).applied();
    }

    /**
     * Records the pending changesets as EXECUTED without running them (changelog-sync,
     * changelog-sync-to-tag, mark-next-changeset-ran), under the lock, after the same checksum
     * validation as update. {@code options.count()} and {@code options.toTag()} limit it.
     * Returns how many changesets were marked.
     */
    public int changeLogSync(ChangeLog changeLog, Filters filters, Connection lockSession, Connection work,
            UpdateOptions options, String targetName, LockService.Listener lockListener) {
        return locked(lockSession, options, lockListener, () -> {
            HistoryStore store = new HistoryStore(dialect, tables);
            store.ensure(work);
            List<HistoryRow> rows = store.readAll(work);
            ChangeLog log = RanPaths.keep(changeLog, rows);
            CheckSumCheck.Result checked = new CheckSumCheck(checkSumsByVersion(log)).check(log, rows, filters);
            if (!checked.mismatches().isEmpty()) {
                throw new ChangeLogInvalidException(checked.mismatches());
            }
            Plan plan = new Planner(filters, checkSumsOf(log)).plan(log, checked.history());
            RunInfo run = new RunInfo(log.rootPath(), targetName, liveDeploymentId(), VERSION_COLUMN);
            return new ChangeLogSync(Descriptions::of).run(plan, new JdbcTarget(work, dialect, store, RunListener.NONE), run,
                    store.maxOrderExecuted(rows), options.count(), options.toTag());
        });
    }

    /**
     * Tags the newest history row, under the lock (tag). On an empty history it first writes the
     * row Liquibase writes there (id the time in milliseconds, author liquibase, file
     * liquibase-internal), so the tag has a row to live on. Returns whether that row was written.
     */
    public boolean tag(String tag, Connection lockSession, Connection work, UpdateOptions options,
            LockService.Listener lockListener) {
        return locked(lockSession, options, lockListener, () -> {
            HistoryStore store = new HistoryStore(dialect, tables);
            store.ensure(work);
            work.setAutoCommit(false);
            try {
                boolean inserted = false;
                if (!store.tagNewest(work, tag)) {
                    ChangeSet internal = emptyTagChangeSet(Long.toString(System.currentTimeMillis()));
                    store.insert(work, new HistoryRow(internal.id(), internal.author(), internal.filePath(), null, 1,
                            HistoryRow.ExecType.EXECUTED, checkSum(internal), Descriptions.of(internal), "", tag, VERSION_COLUMN,
                            null, null, liveDeploymentId()));
                    inserted = true;
                }
                work.commit();
                return inserted;
            } catch (SQLException e) {
                work.rollback();
                throw e;
            }
        });
    }

    /** Liquibase's placeholder changeset for tagging an empty history: no changes. */
    private static ChangeSet emptyTagChangeSet(String id) {
        return new ChangeSet(SourceLocation.ofFile("liquibase-internal"), "liquibase-internal", id, "liquibase", null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, List.of(), null, List.of(), null,
                List.of(), List.of(), List.of());
    }

    /** Whether a history row carries this tag (tag-exists); false when there is no history. Reads only. */
    public boolean tagExists(String tag, Connection c) {
        try {
            return new TableLookup(dialect, tables).historyExists(c) && new HistoryStore(dialect, tables).tagExists(c, tag);
        } catch (SQLException e) {
            throw databaseError(e);
        }
    }

    /** The history, oldest first; empty when the table does not exist. Reads only. */
    public List<HistoryRow> history(Connection c) {
        try {
            return new TableLookup(dialect, tables).historyExists(c) ? new HistoryStore(dialect, tables).readAll(c) : List.of();
        } catch (SQLException e) {
            throw databaseError(e);
        }
    }

    /** History rows of changesets that the changelog does not have (unexpected-changesets), compared as Liquibase does. */
    public List<HistoryRow> unexpectedChangeSets(ChangeLog changeLog, Connection c) {
        java.util.Set<String> known = new java.util.HashSet<>();
        for (ChangeSet cs : changeLog.changeSets()) {
            known.add((cs.filePath() + "::" + cs.id() + "::" + cs.author()).toLowerCase(java.util.Locale.ROOT));
        }
        return history(c).stream().filter(r -> !known.contains(r.identifier().toLowerCase(java.util.Locale.ROOT))).toList();
    }

    /** Sets every stored checksum to NULL under the lock (clear-checksums). Returns the rows changed. */
    public int clearCheckSums(Connection lockSession, Connection work, UpdateOptions options, LockService.Listener lockListener) {
        return locked(lockSession, options, lockListener, () -> {
            HistoryStore store = new HistoryStore(dialect, tables);
            store.ensure(work);
            work.setAutoCommit(false);
            int n = store.clearCheckSums(work);
            work.commit();
            return n;
        });
    }

    /** The lock row (list-locks); empty when the lock table does not exist. Creates nothing. */
    public java.util.Optional<LockHolder> lockHolder(Connection c) {
        try {
            if (!new TableLookup(dialect, tables).lockExists(c)) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(lockService().read(c));
        } catch (SQLException e) {
            throw databaseError(e);
        }
    }

    /** Frees the lock row whoever holds it (release-locks), creating the lock table first if missing, as Liquibase does. */
    public void releaseLocks(Connection c) {
        try {
            LockService locks = lockService();
            locks.ensure(c);
            locks.forceRelease(c);
        } catch (SQLException e) {
            throw databaseError(e);
        }
    }

    /** Runs SQL text under the lock, recorded nowhere (execute-sql). Null delimiter: the database's default. */
    public List<SqlRunner.Result> executeSql(String sql, String delimiter, String sourceName, Connection lockSession, Connection work,
            UpdateOptions options, LockService.Listener lockListener) {
        SqlRunner runner = new SqlRunner(dialect);
        List<dev.tidemark.sql.SqlStatement> statements = runner.split(sql, delimiter, sourceName);
        return locked(lockSession, options, lockListener, () -> runner.run(work, statements));
    }

    /**
     * Drops every object in {@code schemas} (none: the session's schema), then the tracking tables
     * wherever they are, as Liquibase does (drop-all). Unknown schemas are refused before the lock
     * is taken. Everything but the lock table goes under the lock; the lock table goes last, once
     * the lock is released, since releasing needs it.
     */
    public DropAll.Result dropAll(Connection lockSession, Connection work, List<String> schemas, UpdateOptions options,
            LockService.Listener lockListener) {
        DropAll dropAll = new DropAll(dialect);
        try {
            List<String> targets = dropAll.schemas(work, schemas);
            TrackingTablesPlace place = TrackingTablesPlace.of(work, dialect, tables);
            String trackingSchema = place.schema() != null ? place.schema() : place.catalog();
            java.util.Set<String> lockTable = java.util.Set.of(new LockTable(dialect, tables).tableName());
            DropAll.Result result = locked(lockSession, options, lockListener, () -> dropAll.drop(work, targets, trackingSchema, lockTable)
                    .plus(dropAll.dropTables(work, trackingSchema, java.util.Set.of(new HistoryTable(dialect, tables).tableName()))));
            return result.plus(dropAll.dropTables(work, trackingSchema, lockTable));
        } catch (SQLException e) {
            throw databaseError(e);
        }
    }

    /** Work done while holding the change log lock. */
    private interface LockedWork<T> {
        T run() throws SQLException;
    }

    private <T> T locked(Connection lockSession, UpdateOptions options, LockService.Listener lockListener, LockedWork<T> work) {
        try (LockService.Lock held = lockService().acquire(lockSession, options.lockHolder(), options.lockWait(),
                options.lockPollRate(), lockListener)) {
            return work.run();
        } catch (SQLException e) {
            throw databaseError(e);
        }
    }

    private LockService lockService() {
        return new LockService(dialect, tables, dialect.sessionLock(), java.time.Clock.systemUTC());
    }

    private static TidemarkException databaseError(SQLException e) {
        return new TidemarkException(ErrorCode.DATABASE_ERROR, null, "the database failed: " + e.getMessage()
                + " [SQLState " + e.getSQLState() + "]", e);
    }

    /** Liquibase's DEPLOYMENT_ID: the last 10 digits of the current time in milliseconds. */
    static String liveDeploymentId() {
        String ms = Long.toString(System.currentTimeMillis());
        return ms.substring(Math.max(0, ms.length() - 10));
    }

    private Executor executor(boolean script, Filters filters) {
        return executor(script, filters, Descriptions::of);
    }

    private Executor executor(boolean script, Filters filters, java.util.function.Function<ChangeSet, String> descriptions) {
        return new Executor(dialect, cs -> new RenderContext(dialect, cs, Executor.quoting(cs), files, expandProperties, script),
                descriptions, filters);
    }

    /** The DESCRIPTION column of each of these steps' changesets. */
    private static java.util.Map<ChangeSet, String> descriptions(List<Step> steps) {
        java.util.Map<ChangeSet, String> out = new java.util.IdentityHashMap<>(steps.size() * 2);
        for (Step s : steps) {
            out.put(s.changeSet(), Descriptions.of(s.changeSet()));
        }
        return out;
    }

    /**
     * A DEPLOYMENT_ID for a script that is the same for the same plan, so that the same changelog
     * and target give a byte-identical script (Liquibase uses the clock).
     */
    static String scriptDeploymentId(Plan plan) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            // The digest of the lines in pieces is the digest of them all: hashed some 16 kB at a time.
            StringBuilder lines = new StringBuilder(20_000);
            for (Step s : plan.pending()) {
                ChangeSet cs = s.changeSet();
                lines.append(cs.filePath()).append("::").append(cs.id()).append("::").append(cs.author()).append('\n')
                        .append(s.checkSum()).append('\n');
                if (lines.length() >= 16_000) {
                    md5.update(lines.toString().getBytes(StandardCharsets.UTF_8));
                    lines.setLength(0);
                }
            }
            md5.update(lines.toString().getBytes(StandardCharsets.UTF_8));
            byte[] d = md5.digest();
            long n = 0;
            for (int i = 0; i < 8; i++) {
                n = (n << 8) | (d[i] & 0xff);
            }
            String digits = Long.toUnsignedString(n);
            return digits.substring(digits.length() - 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every Java runtime", e);
        }
    }
}
