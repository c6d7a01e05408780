// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark;

import dev.tidemark.checksum.ChangeFiles;
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
import dev.tidemark.execute.NoteSink;
import dev.tidemark.execute.IdentifierLengths;
import java.util.ArrayList;
import dev.tidemark.execute.Executor;
import dev.tidemark.execute.RunInfo;
import dev.tidemark.execute.ScriptTarget;
import dev.tidemark.history.HistoryTable;
import dev.tidemark.history.TrackingTables;
import dev.tidemark.lock.LockTable;
import dev.tidemark.model.ChangeLog;
import dev.tidemark.model.ChangeSet;
import dev.tidemark.plan.Filters;
import dev.tidemark.plan.Plan;
import dev.tidemark.plan.Planner;
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

    private final Dialect dialect;
    private final TrackingTables tables;
    private final ResourceAccess files;
    private final UnaryOperator<String> expandProperties;

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

    /** The checksum Tidemark (and Liquibase 4.33) computes for a changeset on this database. */
    public String checkSum(ChangeSet changeSet) {
        return CheckSums.compute(changeSet, CheckSums.LATEST, dialect.shortName(), ChangeFiles.of(files, expandProperties)).toString();
    }

    /** The plan for a database with no history: every selected changeset is pending. */
    public Plan planFresh(ChangeLog changeLog, Filters filters) {
        return new Planner(filters, this::checkSum).plan(changeLog, List.of());
    }

    /**
     * Writes the script that update would run on a database without tracking tables (offline
     * update-sql). Returns the number of changesets in it.
     */
    public int updateSql(ChangeLog changeLog, Filters filters, String targetName, Writer out) {
        Plan plan = planFresh(changeLog, filters);
        RunInfo run = new RunInfo(changeLog.rootPath(), targetName, scriptDeploymentId(plan), VERSION_COLUMN);
        ScriptTarget target = new ScriptTarget(out, dialect, new HistoryTable(dialect, tables), new LockTable(dialect, tables),
                false, false);
        return executor(true, filters).run(plan, target, run, 0);
    }

    /**
     * Everything this database cannot run in the selected changesets, found by rendering them all
     * without running anything: unsupported change types and attributes, names too long.
     */
    public List<Diagnostic> check(ChangeLog changeLog, Filters filters) {
        List<Diagnostic> out = new ArrayList<>();
        Executor executor = executor(true, filters);
        for (Step step : planFresh(changeLog, filters).pending()) {
            ChangeSet cs = step.changeSet();
            try {
                executor.render(cs, NoteSink.INSTANCE);
            } catch (TidemarkException e) {
                if (e.code() == dev.tidemark.error.ErrorCode.STOPPED) {
                    continue;
                }
                SourceLocation where = e.location() != null ? e.location() : cs.location();
                out.add(Diagnostic.error(e.code(), where, e.getMessage()).inChangeSet(cs.id(), cs.author()));
            }
            IdentifierLengths.check(cs, dialect, out);
        }
        return out;
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
            CheckSumCheck.Result checked = new CheckSumCheck(this::checkSum).check(changeLog, rows, filters);
            if (!checked.mismatches().isEmpty()) {
                throw new ChangeLogInvalidException(checked.mismatches());
            }
            work.setAutoCommit(false);
            for (CheckSumCheck.Rewrite r : checked.rewrites()) {
                store.updateCheckSum(work, r.row(), r.newCheckSum());
            }
            work.commit();
            Plan plan = new Planner(filters, this::checkSum).plan(changeLog, checked.history());
            RunInfo run = new RunInfo(changeLog.rootPath(), targetName, liveDeploymentId(), VERSION_COLUMN);
            UpdateResult result = executor(false, filters).run(plan, new JdbcTarget(work, dialect, store, listener), run,
                    store.maxOrderExecuted(rows), options.count(), options.toTag(), listener);
            return new UpdateResult(result.applied(), result.alreadyRan(), result.filtered(), result.failedSkipped(),
                    checked.rewrites().size());
        } catch (SQLException e) {
            throw new TidemarkException(ErrorCode.DATABASE_ERROR, null, "the database failed: " + e.getMessage()
                    + " [SQLState " + e.getSQLState() + "]", e);
        }
    }

    /** Liquibase's DEPLOYMENT_ID: the last 10 digits of the current time in milliseconds. */
    static String liveDeploymentId() {
        String ms = Long.toString(System.currentTimeMillis());
        return ms.substring(Math.max(0, ms.length() - 10));
    }

    private Executor executor(boolean script, Filters filters) {
        return new Executor(dialect, cs -> new RenderContext(dialect, cs, Executor.quoting(cs), files, expandProperties, script),
                Descriptions::of, filters);
    }

    /**
     * A DEPLOYMENT_ID for a script that is the same for the same plan, so that the same changelog
     * and target give a byte-identical script (Liquibase uses the clock).
     */
    static String scriptDeploymentId(Plan plan) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            plan.pending().forEach(s -> md5.update((s.changeSet().identifier() + "\n" + s.checkSum() + "\n")
                    .getBytes(StandardCharsets.UTF_8)));
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
