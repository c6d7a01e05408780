// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidemark.model.ChangeLogEntry;
import dev.tidemark.model.ChangeLogFile;
import dev.tidemark.model.ChangeSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlainSqlTest {

    @Test
    void write_floorScriptReadsBackAsTheRenderedChangeSets(@TempDir Path dir) throws Exception {
        ChangeLogFile log = ChangeLogGenerator.standard().generate(400);
        PlainSql sql = new PlainSql(ChangeLogGenerator.dialect("postgresql:15.0"));
        List<FloorScript.ChangeSetSql> rendered = sql.render(log);
        sql.write(log, dir);

        List<FloorScript.ChangeSetSql> read = FloorScript.read(dir.resolve("sql-postgresql.sql"));
        assertEquals(rendered, read);
        assertEquals(400, read.size());
        assertEquals(((ChangeSet) log.entries().get(0)).id(), read.get(0).id());
        assertTrue(read.get(0).statements().get(0).startsWith("CREATE TABLE "), read.get(0).statements().get(0));
        // Values with quotes and line breaks stay inside one statement.
        assertTrue(read.stream().flatMap(cs -> cs.statements().stream()).anyMatch(s -> s.contains("O''Brien")));
    }

    @Test
    void write_oneFlywayMigrationPerChangeSetInVersionOrder(@TempDir Path dir) throws Exception {
        ChangeLogFile log = ChangeLogGenerator.standard().generate(25);
        new PlainSql(ChangeLogGenerator.dialect("mariadb")).write(log, dir);
        List<String> names;
        try (Stream<Path> files = Files.list(dir.resolve("flyway-mariadb"))) {
            names = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertEquals(25, names.size());
        assertTrue(names.contains("V1__1_createTable.sql"), names.toString());
        List<FloorScript.ChangeSetSql> script = FloorScript.read(dir.resolve("sql-mariadb.sql"));
        String third = Files.readString(dir.resolve("flyway-mariadb")
                .resolve("V3__" + script.get(2).id().replace('-', '_') + ".sql"));
        assertEquals(String.join(";\n", script.get(2).statements()) + ";\n", third);
    }

    @Test
    void tail_isTheLastChangeSetsOfTheLongerChangeLog() {
        ChangeLogFile base = ChangeLogGenerator.standard().generate(300);
        ChangeLogFile longer = ChangeLogGenerator.standard().generate(310);
        // Seeded and sequential: the first 300 changesets of 310 are those of 300.
        assertEquals(base.entries(), longer.entries().subList(0, 300));
        List<ChangeLogEntry> tail = ChangeLogGenerator.tail(longer, 10).entries();
        assertEquals(longer.entries().subList(300, 310), tail);
        assertEquals("301-", ((ChangeSet) tail.get(0)).id().substring(0, 4));
    }
}
