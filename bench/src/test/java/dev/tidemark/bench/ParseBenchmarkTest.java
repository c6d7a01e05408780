// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseBenchmarkTest {

    @Test
    void measure_parsesTheFileAndCountsItsChangeSets(@TempDir Path dir) throws Exception {
        ChangeLogGenerator.standard().write(60, dir);
        ParseBenchmark.Row row = ParseBenchmark.measure(dir, "changelog.json", HeapWatch.install());
        assertEquals("changelog.json", row.file());
        assertEquals(60, row.changeSets());
        assertEquals(ParseBenchmark.MEASURED, row.timings().count());
        assertEquals(ParseBenchmark.MEASURED, row.cpu().count());
        assertTrue(row.timings().min() > 0 && row.timings().min() <= row.timings().max(), row.toString());
        assertTrue(row.heapRetained() > 0, row.toString());
    }

    @Test
    void table_writesOneMarkdownRowPerFileWithTheVerdict() {
        ParseBenchmark.Row fast = new ParseBenchmark.Row("changelog.yaml", 2 * 1024 * 1024, 10_000,
                new Timings(400, 500, 600, 10), new Timings(390, 480, 590, 10), 4 * 1024 * 1024,
                24 * 1024 * 1024, 100 * 1024 * 1024, 300);
        ParseBenchmark.Row slow = new ParseBenchmark.Row("changelog.xml", 1024 * 1024, 10_000,
                new Timings(900, 1000, 1100, 10), new Timings(900, 1000, 1100, 10), 0, 0, 0, 0);
        List<String> lines = ParseBenchmark.table(10_000, List.of(fast, slow)).lines().toList();
        assertEquals("| changelog.yaml | 2.0 | 10000 | 400 | 500 | 600 | 480 | 30 | 100.0 | 24.0 | 20.0 | met |",
                lines.get(4));
        assertEquals("| changelog.xml | 1.0 | 10000 | 900 | 1000 | 1100 | 1000 | 0 | 0.0 | 0.0 | 0.0 | MISSED |",
                lines.get(5));
    }
}
