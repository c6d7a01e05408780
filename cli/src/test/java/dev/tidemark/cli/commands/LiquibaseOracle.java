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
import liquibase.changelog.FastCheckService;
import liquibase.changelog.filter.DbmsChangeSetFilter;
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
            forgetUpToDateChecks();
            CommandScope c = new CommandScope(command).addArgumentValue("url", url).setOutput(out);
            arguments.forEach(c::addArgumentValue);
            c.execute();
        });
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Runs a Liquibase command and returns one of its results (e.g. calculateChecksum's "checksumResult"), as text. */
    static String result(Path dir, String command, String url, Map<String, Object> arguments, String name) throws Exception {
        Object[] value = new Object[1];
        Scope.child(scope(dir), () -> {
            forgetUpToDateChecks();
            CommandScope c = new CommandScope(command).addArgumentValue("url", url).setOutput(new ByteArrayOutputStream());
            arguments.forEach(c::addArgumentValue);
            value[0] = c.execute().getResult(name);
        });
        return String.valueOf(value[0]);
    }

    /**
     * Liquibase remembers, for the life of the JVM, that a database was up to date with a changelog,
     * and then skips update and status without reading the changelog again (even when it changed).
     * Each command line is a JVM of its own; these tests run many commands in one.
     */
    private static void forgetUpToDateChecks() {
        Scope.getCurrentScope().getSingleton(FastCheckService.class).clearCache();
    }

    /**
     * Every changeset of {@code file} (includes followed) as Liquibase parses it for {@code dbms}, by
     * {@code path::id::author}, in changelog order, with its V9 and V8 checksums computed on that
     * database as update stores them and validate expects them: V9 leaves out dbms-targeted changes
     * that do not match it, and both leave out modifySql blocks for other databases. Changesets whose own dbms
     * excludes the database are not there: Liquibase drops them while parsing tree formats.
     * {@code scratch} is a folder for Liquibase's own files.
     */
    static Map<String, Sums> checkSums(Path dir, String file, String dbms, Path scratch) throws Exception {
        Map<String, Sums> out = new LinkedHashMap<>();
        Map<String, Object> scope = scope(dir);
        ResourceAccessor files = (ResourceAccessor) scope.get(Scope.Attr.resourceAccessor.name());
        // An offline database keeps a history in a CSV file (by default in the working directory), which
        // Liquibase may write after the database is closed: it goes to the caller's scratch folder.
        String url = OFFLINE.get(dbms) + "&changeLogFile=" + scratch.resolve("offline-" + dbms + ".csv");
        Scope.child(scope, () -> {
            Database database = DatabaseFactory.getInstance().openDatabase(url, null, null, null, files);
            try {
                Scope.child(Scope.Attr.database.name(), database, () -> {
                    DatabaseChangeLog log = ChangeLogParserFactory.getInstance().getParser(file, files)
                            .parse(file, new ChangeLogParameters(database), files);
                    DbmsChangeSetFilter dbmsFilter = new DbmsChangeSetFilter(database);
                    for (ChangeSet cs : log.getChangeSets()) {
                        // As update, status and validate do before hashing: this drops the changeset's modifySql
                        // blocks for other databases (the calculateChecksum command does not; see the README).
                        dbmsFilter.accepts(cs);
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
