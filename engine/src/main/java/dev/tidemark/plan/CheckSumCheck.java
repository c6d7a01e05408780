// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.plan;

import dev.tidemark.error.Diagnostic;
import dev.tidemark.error.ErrorCode;
import dev.tidemark.history.HistoryRow;
import dev.tidemark.model.ChangeLog;
import dev.tidemark.model.ChangeSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Compares the checksums stored in the history with the changelog's, as Liquibase validates
 * them: a NULL is filled, an older version (8:) is recomputed with that version's algorithm and,
 * when it matches, upgraded to 9:; validCheckSum (or ANY), runOnChange and runAlways accept a
 * change; anything else is a mismatch that stops the run before it starts.
 */
public final class CheckSumCheck {
    /** A history row whose checksum gets rewritten (upgraded or filled). */
    public record Rewrite(HistoryRow row, String newCheckSum) {
    }

    /** The outcome: rows to rewrite, mismatches to report, and the history as it will read afterwards. */
    public record Result(List<Rewrite> rewrites, List<Diagnostic> mismatches, List<HistoryRow> history) {
    }

    private final BiFunction<ChangeSet, Integer, String> checkSum;

    /** @param checkSum a changeset's checksum in the given algorithm version */
    public CheckSumCheck(BiFunction<ChangeSet, Integer, String> checkSum) {
        this.checkSum = checkSum;
    }

    public Result check(ChangeLog changeLog, List<HistoryRow> history, Filters filters) {
        Map<String, HistoryRow> ran = Planner.index(history);
        List<Rewrite> rewrites = new ArrayList<>();
        List<Diagnostic> mismatches = new ArrayList<>();
        Map<String, String> replaced = new java.util.HashMap<>();
        for (ChangeSet cs : changeLog.changeSets()) {
            HistoryRow row = ran.get(Planner.key(cs.filePath(), cs.id(), cs.author()));
            if (row == null || cs.ignoreOrDefault() || !filters.dbmsMatches(cs)) {
                continue;
            }
            String current = checkSum.apply(cs, 9);
            String stored = row.md5sum();
            if (stored == null) {
                rewrites.add(new Rewrite(row, current));
                replaced.put(row.identifier(), current);
                continue;
            }
            if (stored.equals(current)) {
                continue;
            }
            boolean accepted = anyAccepted(cs, stored, current);
            int version = version(stored);
            if (version < 9) {
                // Liquibase rewrites every older checksum that validates and is not run again, however it
                // validated (the older algorithm, or validCheckSum, ANY included); a runOnChange changeset whose
                // content changed runs again instead, and that writes its new checksum.
                String old = checkSum.apply(cs, version);
                boolean unchanged = stored.equals(old);
                boolean runsAgain = !unchanged && cs.runOnChangeOrDefault();
                if (!runsAgain && (unchanged || accepted || cs.validCheckSums().contains(old))) {
                    rewrites.add(new Rewrite(row, current));
                    replaced.put(row.identifier(), current);
                    continue;
                }
            }
            if (accepted || cs.runOnChangeOrDefault() || cs.runAlwaysOrDefault()) {
                continue;
            }
            mismatches.add(Diagnostic.error(ErrorCode.CHECKSUM_MISMATCH, cs.location(), "checksum changed for "
                    + cs.identifier() + ": was " + stored + " but is now " + current
                    + " (the changeset was edited after it ran; revert the edit, add runOnChange, or list the stored value"
                    + " in validCheckSum)").inChangeSet(cs.id(), cs.author()));
        }
        List<HistoryRow> after = new ArrayList<>();
        for (HistoryRow r : history) {
            String md5 = replaced.getOrDefault(r.identifier(), r.md5sum());
            after.add(new HistoryRow(r.id(), r.author(), r.filename(), r.dateExecuted(), r.orderExecuted(), r.execType(), md5,
                    r.description(), r.comments(), r.tag(), r.liquibase(), r.contexts(), r.labels(), r.deploymentId()));
        }
        return new Result(rewrites, mismatches, after);
    }

    private static boolean anyAccepted(ChangeSet cs, String stored, String current) {
        for (String valid : cs.validCheckSums()) {
            String v = valid.trim();
            String upper = v.toUpperCase(Locale.ROOT);
            if (upper.equals("ANY") || upper.equals("ALL") || upper.equals("*") || v.equals(stored) || v.equals(current)) {
                return true;
            }
        }
        return false;
    }

    /** The algorithm version of a stored checksum ("8:..." is 8; no prefix is 1). */
    static int version(String stored) {
        int colon = stored.indexOf(':');
        if (colon <= 0) {
            return 1;
        }
        try {
            return Integer.parseInt(stored.substring(0, colon));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
