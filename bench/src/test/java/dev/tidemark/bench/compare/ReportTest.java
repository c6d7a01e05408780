// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.bench.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTest {
    private static final Tool.Installation IN = Tool.Installation.under(Path.of("/repo"), "target");

    @Test
    void pairRatios_pairRoundsAndSkipFailedRuns() {
        CaseResult r = result();
        r.add("tidemark", ok(1.0));
        r.add("liquibase", ok(5.0));
        r.add("tidemark", ok(2.0));
        r.add("liquibase", new Measured(9.0, 100, 1, "exit 1"));
        r.add("tidemark", ok(3.0));
        r.add("liquibase", ok(10.0));
        assertEquals(List.of(0.2, 0.3), r.pairRatios("tidemark", "liquibase"));
        assertEquals("0.25 (0.20–0.30)", Report.ratio(r.pairRatios("tidemark", "liquibase")));
        assertEquals(2.0, Report.median(List.of(3.0, 1.0, 2.0)));
        assertEquals(2.5, Report.median(List.of(4.0, 1.0, 2.0, 3.0)));
    }

    @Test
    void targets_judgeTheFreshCaseAgainstFloorAndLiquibase() {
        CaseResult r = result();
        r.add("tidemark", ok(1.2));
        r.add("liquibase", ok(12.0));
        r.add("floor", ok(1.0));
        String md = new Targets(List.of(r), 10_000).markdown();
        assertTrue(md.contains("| fresh update N = 1,000: ≤ 1.3× the floor | postgresql | 1.20×, met |"), md);
        assertTrue(md.contains("| fresh update N = 1,000: ≥ 5× faster than Liquibase | postgresql | 10.0× faster, met | no figures |"), md);
    }

    @Test
    void commands_passTheSameChangeLogToTidemarkAndLiquibase() {
        Tool.Invocation at = new Tool.Invocation(Path.of("/cl"), "yaml", "jdbc:h2:mem:x", "h2", null);
        List<Tool> all = Tool.all(IN);
        assertEquals(List.of("/repo/cli/bin/tidemark", "update", "--changelog-file", "changelog.yaml", "--search-path",
                "/cl", "--url", "jdbc:h2:mem:x"), all.get(0).command(Tool.Action.UPDATE, at).orElseThrow());
        List<String> liquibase = all.get(2).command(Tool.Action.UPDATE, at).orElseThrow();
        assertEquals(List.of("--search-path", "/cl", "update", "--changelog-file", "changelog.yaml", "--url",
                "jdbc:h2:mem:x"), liquibase.subList(4, liquibase.size()));
        assertTrue(all.get(3).command(Tool.Action.UPDATE_SQL, at).isEmpty(), "Flyway has no offline script");
        assertEquals("/cl/sql-h2.sql", all.get(4).command(Tool.Action.UPDATE, at).orElseThrow().get(6));
    }

    private static CaseResult result() {
        CaseResult r = new CaseResult("postgresql", "fresh-1000", "fresh update, N = 1,000");
        for (Tool t : Tool.all(IN)) {
            if (List.of("tidemark", "liquibase", "floor").contains(t.key())) {
                r.addTool(t);
            }
        }
        return r;
    }

    private static Measured ok(double seconds) {
        return new Measured(seconds, 100, 0, null);
    }
}
