// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.cli.exec;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.tidemark.cli.exec.ParityFixtures.RenderedChange;
import dev.tidemark.cli.exec.RenderedRun.Outcome;
import dev.tidemark.dialect.Dialect;
import dev.tidemark.dialect.Dialects;
import dev.tidemark.sql.SqlStatement;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * There is no MySQL server here, so the MySQL dialect is proven on MariaDB where the two dialects
 * agree: for each parity folder the changes MariaDB runs are rendered by both dialects, and where
 * every statement is the same the MySQL rendering is executed on MariaDB and must leave the
 * reviewed MariaDB snapshot (written by {@link ParityExecutionTest}). The folders where they differ
 * are pinned, with their first difference, in
 * cli/src/test/resources/exec/mysql-on-mariadb/differences.txt.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MySqlOnMariaDbTest {
    private final Dialect mysql = Dialects.named("mysql", null);
    private final Dialect mariadb = Dialects.named("mariadb", null);
    private final ScratchAreas areas = new ScratchAreas();

    List<String> agreeingFolders() {
        return ParityFixtures.folders().stream().filter(f -> difference(f) == null).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("agreeingFolders")
    void mysqlStatements_runOnMariaDbAndLeaveTheMariaDbSnapshot(String folder) throws SQLException, IOException {
        try (ScratchAreas.Area area = areas.fresh("mariadb"); Connection c = area.connect()) {
            Outcome outcome = RenderedRun.execute(ParityFixtures.render(folder, "mariadb", mysql), c);
            assertFalse(outcome.failed(), () -> folder + " (MySQL SQL) on mariadb: " + outcome.failure());
            ExpectedSnapshots.compare("mariadb", folder,
                    ParityExecutionTest.header(outcome, mysql) + SchemaSnapshot.of(c, area.scratch()));
        }
    }

    @Test
    void foldersWhereMySqlAndMariaDbDiffer_areThePinnedOnes() throws IOException {
        Map<String, String> differences = new TreeMap<>();
        for (String folder : ParityFixtures.folders()) {
            String d = difference(folder);
            if (d != null) {
                differences.put(folder, d);
            }
        }
        ExpectedSnapshots.check("mysql-on-mariadb", "differences", differences.entrySet().stream()
                .map(e -> e.getKey() + "\n  " + e.getValue() + "\n").collect(Collectors.joining()));
    }

    /** The first statement (or refusal) where the MySQL and MariaDB renderings differ, or null when all agree. */
    private String difference(String folder) {
        List<String> my = describe(ParityFixtures.render(folder, "mariadb", mysql));
        List<String> maria = describe(ParityFixtures.render(folder, "mariadb", mariadb));
        for (int i = 0; i < Math.max(my.size(), maria.size()); i++) {
            String a = i < my.size() ? my.get(i) : "(nothing)";
            String b = i < maria.size() ? maria.get(i) : "(nothing)";
            if (!a.equals(b)) {
                return "mysql: " + a + "\n  mariadb: " + b;
            }
        }
        return null;
    }

    /** One entry per statement: the change's label and the statement, or the refusal's code (messages name the database). */
    private static List<String> describe(List<RenderedChange> changes) {
        List<String> out = new ArrayList<>();
        for (RenderedChange change : changes) {
            if (change.refusal() != null) {
                out.add(change.label() + " refused " + change.refusal().code());
                continue;
            }
            for (SqlStatement s : change.statements()) {
                StringBuilder text = new StringBuilder(change.label()).append(": ").append(s.sql());
                for (List<Object> row : s.batchRows()) {
                    text.append(" <").append(row.stream().map(MySqlOnMariaDbTest::bindText).collect(Collectors.joining(", ")))
                            .append('>');
                }
                out.add(text.toString());
            }
        }
        return out;
    }

    private static String bindText(Object value) {
        return value instanceof byte[] ? "0x" + HexFormat.of().formatHex((byte[]) value) : String.valueOf(value);
    }

    @AfterAll
    void dropScratch() throws SQLException {
        areas.close();
    }
}
