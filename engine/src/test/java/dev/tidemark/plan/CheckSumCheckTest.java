// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tidemark.history.HistoryRow;
import dev.tidemark.model.ChangeLog;
import dev.tidemark.model.ChangeSet;
import dev.tidemark.model.SourceLocation;
import dev.tidemark.model.meta.RecordShape;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Stored checksums against the changelog's, as Liquibase 4.33's update treats them. The checksum
 * function is a stand-in: "9:now" for the current algorithm, "8:then" for the older one.
 */
class CheckSumCheckTest {
    private static final SourceLocation AT = new SourceLocation("changelog.xml", 3, 5);
    private final CheckSumCheck check = new CheckSumCheck((cs, version) -> version == 9 ? "9:now" : version + ":then");

    @Test
    void olderChecksumThatStillMatches_isUpgraded() {
        assertEquals(List.of("9:now"), rewrites(changeSet(false, List.of()), "8:then"));
    }

    /** Liquibase upgrades every older checksum that validates, also one that validCheckSum accepts (the interop fixture's changeset 17). */
    @Test
    void olderChecksumAcceptedByValidCheckSumAny_isUpgradedToo() {
        assertEquals(List.of("9:now"), rewrites(changeSet(false, List.of("ANY")), "8:edited"));
        assertEquals(List.of("9:now"), rewrites(changeSet(false, List.of("8:edited")), "8:edited"));
    }

    /** A runOnChange changeset whose content changed runs again, which writes the new checksum; nothing to upgrade first. */
    @Test
    void olderChecksumOfAnEditedRunOnChangeChangeSet_isLeftForTheRerun() {
        CheckSumCheck.Result r = result(changeSet(true, List.of("ANY")), "8:edited");
        assertEquals(List.of(), r.rewrites());
        assertEquals(List.of(), r.mismatches());
    }

    @Test
    void currentChecksumAcceptedByValidCheckSum_isKept() {
        CheckSumCheck.Result r = result(changeSet(false, List.of("ANY")), "9:edited");
        assertEquals(List.of(), r.rewrites());
        assertEquals(List.of(), r.mismatches());
    }

    @Test
    void olderChecksumThatDiffers_isAMismatchNamingBothValues() {
        CheckSumCheck.Result r = result(changeSet(false, List.of()), "8:edited");
        assertEquals(List.of(), r.rewrites());
        assertEquals(1, r.mismatches().size());
        assertEquals("changelog.xml:3:5: error TM119: checksum changed for changelog.xml::1::a: was 8:edited but is now 9:now"
                + " (the changeset was edited after it ran; revert the edit, add runOnChange, or list the stored value in"
                + " validCheckSum) [changeset 1::a]", r.mismatches().get(0).toString());
    }

    private List<String> rewrites(ChangeSet cs, String stored) {
        CheckSumCheck.Result r = result(cs, stored);
        assertEquals(List.of(), r.mismatches());
        return r.rewrites().stream().map(CheckSumCheck.Rewrite::newCheckSum).toList();
    }

    private CheckSumCheck.Result result(ChangeSet cs, String stored) {
        HistoryRow row = new HistoryRow("1", "a", "changelog.xml", Instant.EPOCH, 1, HistoryRow.ExecType.EXECUTED, stored,
                "sql", null, null, "4.21.1", null, null, "1");
        return check.check(new ChangeLog("changelog.xml", List.of(cs), List.of(), List.of()), List.of(row),
                Filters.of(null, null, "postgresql"));
    }

    private static ChangeSet changeSet(boolean runOnChange, List<String> validCheckSums) {
        Map<String, Object> values = new HashMap<>();
        values.put("filePath", "changelog.xml");
        values.put("id", "1");
        values.put("author", "a");
        values.put("runOnChange", runOnChange);
        values.put("validCheckSums", validCheckSums);
        return (ChangeSet) RecordShape.of(ChangeSet.class).create(AT, values);
    }
}
