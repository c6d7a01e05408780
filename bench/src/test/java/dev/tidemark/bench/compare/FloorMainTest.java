// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.bench.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidemark.bench.ChangeLogGenerator;
import dev.tidemark.model.ChangeLogEntry;
import dev.tidemark.model.ChangeSet;
import dev.tidemark.model.change.CreateTable;
import dev.tidemark.model.change.Insert;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The floor and the schema snapshot on embedded H2: what they build and see. */
class FloorMainTest {

    @Test
    void floor_runsEveryChangeSetOnceAndTheSnapshotSeesTheSchema(@TempDir Path dir) throws Exception {
        var log = ChangeLogGenerator.standard().generate(200);
        ChangeLogGenerator.writeWithSql(log, dir, List.of(ChangeLogGenerator.dialect("h2")));
        String url = "jdbc:h2:mem:floor_test;DB_CLOSE_DELAY=-1";
        try (Connection keep = DriverManager.getConnection(url)) {
            FloorMain.main(new String[] {"update", url, dir.resolve("sql-h2.sql").toString()});
            SchemaSnapshot first = SchemaSnapshot.read(url);

            long tables = 0;
            long rows = 0;
            for (ChangeLogEntry e : log.entries()) {
                var change = ((ChangeSet) e).changes().get(0);
                tables += change instanceof CreateTable ? 1 : 0;
                rows += change instanceof Insert ? 1 : 0;
            }
            assertEquals(tables, first.tableCount());
            assertTrue(first.summary().endsWith(", " + rows + " rows"), first.summary());
            try (Statement st = keep.createStatement();
                    ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + FloorMain.HISTORY)) {
                rs.next();
                assertEquals(200, rs.getInt(1));
            }

            // A second run finds every changeset in its history and changes nothing.
            FloorMain.main(new String[] {"update", url, dir.resolve("sql-h2.sql").toString()});
            assertEquals(first, SchemaSnapshot.read(url));

            try (Statement st = keep.createStatement()) {
                st.execute("CREATE TABLE extra_table (id INT)");
            }
            SchemaSnapshot changed = SchemaSnapshot.read(url);
            assertEquals(List.of("+ column extra_table.id #1 integer(32,0) null", "+ rows extra_table 0",
                    "+ table extra_table"), first.differences(changed, 10));
        }
    }
}
