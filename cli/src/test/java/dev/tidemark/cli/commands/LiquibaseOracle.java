package dev.tidemark.cli.commands;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import liquibase.ChecksumVersion;
import liquibase.Scope;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.command.CommandScope;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.logging.core.NoOpLogService;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.resource.ResourceAccessor;
import liquibase.ui.LoggerUIService;

/**
 * Liquibase 4.33.0, run in this process as a test oracle: its commands on a live database, and
 * the checksums it computes for a changelog on an offline database. Nothing of it reaches
 * Tidemark's own code; the tests compare what both say.
 */
final class LiquibaseOracle {
    /** Liquibase's offline URL of each database the checksum tests compare on. */
    static final Map<String, String> OFFLINE = Map.of(
            "postgresql", "offline:postgresql?version=15.0",
            "mariadb", "offline:mariadb?version=10.11",
            "mysql", "offline:mysql?version=8.0",
            "h2", "offline:h2?version=2.3.232",
            "oracle", "offline:oracle?version=19.0",
            "mssql", "offline:mssql?version=15.0");

    /** One changeset's checksums as Liquibase computes them. */
    record Sums(String v9, String v8) {
    }

    private LiquibaseOracle() {
    }

    /** The scope Liquibase runs in: files from {@code dir}, no logging, no analytics, no prompts. */
    private static Map<String, Object> scope(Path dir) throws Exception {
        Map<String, Object> scope = new HashMap<>();
        scope.put(Scope.Attr.ui.name(), new LoggerUIService());
        scope.put(Scope.Attr.logService.name(), new NoOpLogService());
        scope.put("liquibase.analytics.enabled", Boolean.FALSE);
        scope.put(Scope.Attr.resourceAccessor.name(), new DirectoryResourceAccessor(dir));
        return scope;
    }

    /** Runs a Liquibase command (its 4.33 name, e.g. "update", "status") with files from {@code dir}; returns its output. */
    static String run(Path dir, String command, String url, Map<String, Object> arguments) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Scope.child(scope(dir), () -> {
            CommandScope c = new CommandScope(command).addArgumentValue("url", url).setOutput(out);
            arguments.forEach(c::addArgumentValue);
            c.execute();
        });
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * Every changeset of {@code file} (includes followed) as Liquibase parses it for {@code dbms}, by
     * {@code path::id::author}, in changelog order, with its V9 and V8 checksums computed on that
     * database (V9 leaves out dbms-targeted changes that do not match it). Changesets whose own dbms
     * excludes the database are not there: Liquibase drops them while parsing tree formats.
     */
    static Map<String, Sums> checkSums(Path dir, String file, String dbms) throws Exception {
        Map<String, Sums> out = new LinkedHashMap<>();
        Map<String, Object> scope = scope(dir);
        ResourceAccessor files = (ResourceAccessor) scope.get(Scope.Attr.resourceAccessor.name());
        Scope.child(scope, () -> {
            Database database = DatabaseFactory.getInstance().openDatabase(OFFLINE.get(dbms), null, null, null, files);
            try {
                Scope.child(Scope.Attr.database.name(), database, () -> {
                    DatabaseChangeLog log = ChangeLogParserFactory.getInstance().getParser(file, files)
                            .parse(file, new ChangeLogParameters(database), files);
                    for (ChangeSet cs : log.getChangeSets()) {
                        // A changeset caches its checksum whatever the version asked for.
                        cs.clearCheckSum();
                        String v9 = cs.generateCheckSum(ChecksumVersion.V9).toString();
                        cs.clearCheckSum();
                        String v8 = cs.generateCheckSum(ChecksumVersion.V8).toString();
                        cs.clearCheckSum();
                        out.put(cs.getFilePath() + "::" + cs.getId() + "::" + cs.getAuthor(), new Sums(v9, v8));
                    }
                });
            } finally {
                database.close();
            }
        });
        return out;
    }
}
