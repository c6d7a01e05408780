// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.cli.sql;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.logging.core.NoOpLogService;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.ui.LoggerUIService;

/**
 * Liquibase 4.33.0's offline update-sql, run in this process: the script it writes for a changelog
 * on an offline database, cut into changesets. The offline history goes to a CSV file in a
 * temporary folder, so nothing touches the working directory; analytics (a network call) and
 * logging are switched off.
 *
 * <p>Two Liquibase behaviours are turned into per-changeset outcomes so that the rest of a
 * changelog can still be compared: a validation failure aborts Liquibase's whole run, so the
 * failing changesets are recorded as {@link ScriptChangeSet#refused refused} and the run is repeated
 * on a copy of the folder without them; a {@code stop} change ends the script where it stands.
 */
final class LiquibaseUpdateSql {
    private static final Pattern HEADER = Pattern.compile("^--\\s+Changeset (.+)::([^:]+)::([^:]+)$");
    private static final Pattern FAILED_CHANGESET = Pattern.compile("^\\s*(.*), [^,\\s]+::([^:\\s]+)::([^:\\s]+)\\s*$");
    /** What Liquibase writes instead of a statement it can only execute with bind values. */
    static final String PREPARED_WARNING = "WARNING: This statement uses a prepared statement";

    private final Path workFolder;

    /** @param workFolder an empty temporary folder for offline history files and changelog copies */
    LiquibaseUpdateSql(Path workFolder) {
        this.workFolder = workFolder;
    }

    /**
     * The changesets of Liquibase's script for {@code changelog} (a file in {@code folder}, which is
     * the search path) on {@code offlineUrl} ({@code offline:h2}, {@code offline:oracle?version=19}).
     */
    Map<String, ScriptChangeSet> run(Path folder, String changelog, String offlineUrl) {
        Map<String, ScriptChangeSet> refused = new LinkedHashMap<>();
        Path current = folder;
        for (int attempt = 0; attempt < 10; attempt++) {
            Outcome outcome = updateSql(current, changelog, offlineUrl);
            if (outcome.failure == null || isStop(outcome.failure)) {
                Map<String, ScriptChangeSet> out = new LinkedHashMap<>(refused);
                out.putAll(changeSets(outcome.script));
                return out;
            }
            Map<String, ScriptChangeSet> failed = validationFailures(outcome.failure);
            if (failed.isEmpty()) {
                throw new IllegalStateException("Liquibase's update-sql failed on " + offlineUrl + " for " + folder
                        + ": " + messages(outcome.failure), outcome.failure);
            }
            refused.putAll(failed);
            current = copyWithout(folder, changelog, refused.keySet(), attempt);
        }
        throw new IllegalStateException("Liquibase keeps refusing changesets of " + folder);
    }

    private record Outcome(String script, Throwable failure) {
    }

    private Outcome updateSql(Path folder, String changelog, String offlineUrl) {
        Path history = workFolder.resolve("history-" + System.nanoTime() + ".csv");
        String url = offlineUrl + (offlineUrl.contains("?") ? "&" : "?") + "changeLogFile=" + history;
        ByteArrayOutputStream script = new ByteArrayOutputStream();
        Map<String, Object> scope = new HashMap<>();
        scope.put(Scope.Attr.ui.name(), new LoggerUIService());
        scope.put(Scope.Attr.logService.name(), new NoOpLogService());
        scope.put("liquibase.analytics.enabled", Boolean.FALSE);
        Throwable failure = null;
        try {
            scope.put(Scope.Attr.resourceAccessor.name(), new DirectoryResourceAccessor(folder));
            Scope.child(scope, () -> {
                new CommandScope("updateSql")
                        .addArgumentValue("url", url)
                        .addArgumentValue("changelogFile", changelog)
                        .setOutput(script)
                        .execute();
            });
        } catch (Exception e) {
            failure = e;
        }
        return new Outcome(script.toString(StandardCharsets.UTF_8), failure);
    }

    private static boolean isStop(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getClass().getSimpleName().equals("StopChangeException")) {
                return true;
            }
        }
        return false;
    }

    /** The changesets a ValidationFailedException names ({@code <message>, <path>::<id>::<author>} lines). */
    private static Map<String, ScriptChangeSet> validationFailures(Throwable failure) {
        Map<String, ScriptChangeSet> out = new LinkedHashMap<>();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (!t.getClass().getSimpleName().equals("ValidationFailedException")) {
                continue;
            }
            for (String line : String.valueOf(t.getMessage()).split("\n")) {
                Matcher m = FAILED_CHANGESET.matcher(line);
                if (m.matches()) {
                    String key = m.group(2) + "::" + m.group(3);
                    out.put(key, ScriptChangeSet.refused(key, m.group(1).trim()));
                }
            }
        }
        return out;
    }

    private static String messages(Throwable failure) {
        StringBuilder out = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            out.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage()).append("; ");
        }
        return out.toString();
    }

    /** A copy of the folder whose changelog lacks the given changesets ({@code id::author}). */
    private Path copyWithout(Path folder, String changelog, Iterable<String> keys, int attempt) {
        Path copy = workFolder.resolve("copy-" + attempt + "-" + System.nanoTime());
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path target = copy.resolve(folder.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
            Path file = copy.resolve(changelog);
            String xml = Files.readString(file);
            for (String key : keys) {
                String[] idAuthor = key.split("::");
                Pattern changeSet = Pattern.compile("(?s)<changeSet\\s(?=[^>]*\\bid=\"" + Pattern.quote(idAuthor[0])
                        + "\")(?=[^>]*\\bauthor=\"" + Pattern.quote(idAuthor[1]) + "\")[^>]*>.*?</changeSet>");
                String without = changeSet.matcher(xml).replaceFirst("");
                if (without.equals(xml)) {
                    throw new IllegalStateException("cannot find changeset " + key + " in " + file);
                }
                xml = without;
            }
            Files.writeString(file, xml);
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Liquibase's script cut at its {@code -- Changeset path::id::author} headers. Within a
     * changeset a statement ends at a line ending with {@code ;} that is followed by a blank line
     * (Liquibase writes one after every statement) or at a {@code /} line; comment lines (the
     * changeset comment, Liquibase's warnings, executeCommand's command) are dropped.
     */
    static Map<String, ScriptChangeSet> changeSets(String script) {
        Map<String, ScriptChangeSet> out = new LinkedHashMap<>();
        String key = null;
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        String[] lines = script.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher header = HEADER.matcher(line);
            if (header.matches()) {
                if (key != null) {
                    flush(current, statements);
                    out.put(key, ScriptChangeSet.of(key, statements));
                }
                key = header.group(2) + "::" + header.group(3);
                statements = new ArrayList<>();
                continue;
            }
            if (key == null || line.trim().startsWith("--")) {
                continue;
            }
            if (line.startsWith(PREPARED_WARNING)) {
                flush(current, statements);
                statements.add(ScriptChangeSet.PREPARED_ONLY);
                continue;
            }
            if (line.trim().equals("/")) {
                flush(current, statements);
                continue;
            }
            if (current.length() == 0 && line.isBlank()) {
                continue;
            }
            current.append(line).append('\n');
            boolean nextBlank = i + 1 >= lines.length || lines[i + 1].isBlank();
            if (line.stripTrailing().endsWith(";") && nextBlank) {
                flush(current, statements);
            }
        }
        if (key != null) {
            flush(current, statements);
            out.put(key, ScriptChangeSet.of(key, statements));
        }
        return out;
    }

    private static void flush(StringBuilder current, List<String> statements) {
        if (!current.toString().isBlank()) {
            statements.add(current.toString());
        }
        current.setLength(0);
    }
}
