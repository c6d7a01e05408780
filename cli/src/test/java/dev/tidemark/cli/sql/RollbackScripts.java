// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.cli.sql;

import dev.tidemark.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.logging.core.NoOpLogService;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.ui.LoggerUIService;

/**
 * future-rollback-sql scripts of Tidemark and of Liquibase 4.33.0 (run in this process, offline,
 * with its history in a CSV file of a temporary folder), and their statements by changeset.
 */
final class RollbackScripts {
    private static final Pattern HEADER = Pattern.compile("^--\\s+Rolling Back ChangeSet: (.+)::([^:]+)::([^:]+)$");

    private RollbackScripts() {
    }

    /** Tidemark's future-rollback-sql for {@code changelog} in {@code folder} on {@code offlineUrl}. */
    static String tidemark(Path folder, String changelog, String offlineUrl) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"future-rollback-sql", "--url", offlineUrl, "--changelog-file", changelog},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(),
                folder);
        if (code != 0) {
            throw new IllegalStateException("future-rollback-sql on " + offlineUrl + " exited " + code + ": "
                    + err.toString(StandardCharsets.UTF_8));
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Liquibase's futureRollbackSql for the same changelog, offline. */
    static String liquibase(Path folder, String changelog, String offlineUrl, Path work) throws Exception {
        Path history = work.resolve("history-" + System.nanoTime() + ".csv");
        String url = offlineUrl + (offlineUrl.contains("?") ? "&" : "?") + "changeLogFile=" + history;
        ByteArrayOutputStream script = new ByteArrayOutputStream();
        Map<String, Object> scope = new HashMap<>();
        scope.put(Scope.Attr.ui.name(), new LoggerUIService());
        scope.put(Scope.Attr.logService.name(), new NoOpLogService());
        scope.put("liquibase.analytics.enabled", Boolean.FALSE);
        scope.put(Scope.Attr.resourceAccessor.name(), new DirectoryResourceAccessor(folder));
        Scope.child(scope, () -> {
            new CommandScope("futureRollbackSql").addArgumentValue("url", url).addArgumentValue("changelogFile", changelog)
                    .setOutput(script).execute();
        });
        return script.toString(StandardCharsets.UTF_8);
    }

    /**
     * A script's statements by changeset ({@code id::author}), in script order. A statement ends at
     * a line ending with {@code ;} followed by a blank line, or at a {@code /} line; comment lines
     * and the history DELETE are left out.
     */
    static Map<String, List<String>> byChangeSet(String script) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        List<String> current = null;
        StringBuilder statement = new StringBuilder();
        String[] lines = script.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher header = HEADER.matcher(line);
            if (header.matches()) {
                flush(statement, current);
                current = new ArrayList<>();
                out.put(header.group(2) + "::" + header.group(3), current);
                continue;
            }
            if (line.startsWith("-- Release Database Lock")) {
                flush(statement, current);
                current = null;
                continue;
            }
            if (current == null || line.trim().startsWith("--")) {
                continue;
            }
            if (line.trim().equals("/")) {
                flush(statement, current);
                continue;
            }
            if (statement.length() == 0 && line.isBlank()) {
                continue;
            }
            statement.append(line).append('\n');
            boolean nextBlank = i + 1 >= lines.length || lines[i + 1].isBlank();
            if (line.stripTrailing().endsWith(";") && nextBlank) {
                flush(statement, current);
            }
        }
        flush(statement, current);
        return out;
    }

    private static void flush(StringBuilder statement, List<String> into) {
        String s = statement.toString().strip();
        statement.setLength(0);
        if (into != null && !s.isEmpty() && !s.startsWith("DELETE FROM DATABASECHANGELOG") && !s.startsWith("DELETE FROM databasechangelog")) {
            into.add(s);
        }
    }

    /** A statement compared loosely: whitespace collapsed, lower case, no trailing semicolon, H2's PUBLIC. left out. */
    static String normalise(String sql, boolean h2) {
        String s = sql.replaceAll("\\s+", " ").trim().toLowerCase(java.util.Locale.ROOT);
        if (s.endsWith(";")) {
            s = s.substring(0, s.length() - 1).trim();
        }
        return h2 ? s.replace("public.", "") : s;
    }
}
