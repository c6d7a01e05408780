// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.execute;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.error.Diagnostic;
import dev.tidemark.error.ErrorCode;
import dev.tidemark.error.TidemarkException;
import dev.tidemark.model.ChangeSet;
import dev.tidemark.model.SourceLocation;
import dev.tidemark.model.change.ExecuteCommand;
import dev.tidemark.model.change.Output;
import dev.tidemark.sql.SqlStatement;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds what a database cannot run in a list of changesets by rendering each one without running
 * anything (unsupported change types and attributes, names too long), in slices on as many threads
 * as there are cores: rendering 10,000 changesets is a large part of a long changelog's run. The
 * statements rendered are kept, so that a script need not render them again.
 */
public final class RenderCheck {
    /** Fewer changesets than this per thread are not worth a thread. */
    private static final int MIN_SLICE = 250;

    private final Executor executor;
    private final Dialect dialect;

    public RenderCheck(Executor executor, Dialect dialect) {
        this.executor = executor;
        this.dialect = dialect;
    }

    /**
     * The outcome: problems in changeset order, and the statements of every changeset that rendered
     * (except those with output or executeCommand changes, whose notes a script must print when it
     * renders them itself). {@code statements} is a mutable map by changeset identity (an
     * IdentityHashMap): changesets are records, whose equality would compare them field by field.
     */
    public record Result(List<Diagnostic> diagnostics, Map<ChangeSet, List<SqlStatement>> statements) {
    }

    public Result check(List<ChangeSet> changeSets) {
        List<Result> parts = Slices.run(changeSets, MIN_SLICE, "tidemark-render", this::checkSlice);
        if (parts.size() == 1) {
            return parts.get(0);
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        Map<ChangeSet, List<SqlStatement>> statements = new IdentityHashMap<>(changeSets.size() * 2);
        for (Result part : parts) {
            diagnostics.addAll(part.diagnostics());
            statements.putAll(part.statements());
        }
        return new Result(diagnostics, statements);
    }

    private Result checkSlice(List<ChangeSet> slice) {
        List<Diagnostic> out = new ArrayList<>();
        Map<ChangeSet, List<SqlStatement>> statements = new IdentityHashMap<>(slice.size() * 2);
        for (ChangeSet cs : slice) {
            try {
                List<SqlStatement> rendered = executor.render(cs, NoteSink.INSTANCE);
                if (!printsNotes(cs)) {
                    statements.put(cs, rendered);
                }
            } catch (TidemarkException e) {
                if (e.code() == ErrorCode.STOPPED) {
                    continue;
                }
                SourceLocation where = e.location() != null ? e.location() : cs.location();
                out.add(Diagnostic.error(e.code(), where, e.getMessage()).inChangeSet(cs.id(), cs.author()));
            }
            IdentifierLengths.check(cs, dialect, out);
        }
        return new Result(out, statements);
    }

    /** Whether the changeset has output or executeCommand changes, whose notes a script prints when it renders them. */
    private static boolean printsNotes(ChangeSet cs) {
        for (dev.tidemark.model.change.Change c : cs.changes()) {
            if (c instanceof Output || c instanceof ExecuteCommand) {
                return true;
            }
        }
        return false;
    }
}
