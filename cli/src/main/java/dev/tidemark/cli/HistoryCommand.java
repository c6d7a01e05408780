// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.cli;

import dev.tidemark.history.HistoryRow;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;

/**
 * {@code history}: the deployed changesets, oldest first, grouped by DEPLOYMENT_ID in a table
 * like Liquibase's tabular history. Reads only.
 */
final class HistoryCommand implements Command {
    private static final List<String> HEADERS = List.of("Deployment ID", "Update Date", "Changelog Path", "Changeset Author",
            "Changeset ID", "Tag");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Override
    public String name() {
        return "history";
    }

    @Override
    public String summary() {
        return "list the deployed changesets, grouped by deployment";
    }

    @Override
    public Options options() {
        Options o = new Options();
        o.addOption(Settings.outputFormatOption());
        return o;
    }

    @Override
    public int run(CommandLine line, Settings settings, Console console) {
        boolean json = settings.json();
        try (Database db = Database.open(settings, console)) {
            List<HistoryRow> rows = LoadedChangeLog.engineWithoutChangeLog(settings, db.dialect()).history(db.work());
            Map<String, List<HistoryRow>> deployments = new LinkedHashMap<>();
            for (HistoryRow r : rows) {
                deployments.computeIfAbsent(r.deploymentId() == null ? "" : r.deploymentId(), k -> new ArrayList<>()).add(r);
            }
            if (json) {
                console.result(Json.object(name(), g -> {
                    g.writeStringField("database", db.displayUrl());
                    g.writeArrayFieldStart("deployments");
                    for (Map.Entry<String, List<HistoryRow>> d : deployments.entrySet()) {
                        g.writeStartObject();
                        g.writeStringField("deploymentId", d.getKey().isEmpty() ? null : d.getKey());
                        g.writeArrayFieldStart("changeSets");
                        for (HistoryRow r : d.getValue()) {
                            Json.row(g, r);
                        }
                        g.writeEndArray();
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                }));
                return ExitCode.OK;
            }
            console.result("History of " + Connections.userAt(db, settings));
            if (rows.isEmpty()) {
                console.result("No changesets deployed");
                return ExitCode.OK;
            }
            console.result("");
            table(deployments, console);
            console.result("");
            console.result(Console.count(deployments.size(), "deployment") + ", " + Console.count(rows.size(), "changeset") + ".");
            return ExitCode.OK;
        }
    }

    private static void table(Map<String, List<HistoryRow>> deployments, Console console) {
        int[] widths = HEADERS.stream().mapToInt(String::length).toArray();
        List<List<List<String>>> cells = new ArrayList<>();
        for (Map.Entry<String, List<HistoryRow>> d : deployments.entrySet()) {
            List<List<String>> group = new ArrayList<>();
            for (HistoryRow r : d.getValue()) {
                List<String> row = List.of(d.getKey(), r.dateExecuted() == null ? "" : DATE.format(Json.localTime(r)),
                        r.filename(), r.author(), r.id(), r.tag() == null ? "" : r.tag());
                for (int i = 0; i < widths.length; i++) {
                    widths[i] = Math.max(widths[i], row.get(i).length());
                }
                group.add(row);
            }
            cells.add(group);
        }
        String rule = rule(widths);
        console.result(rule);
        console.result(line(HEADERS, widths));
        console.result(rule);
        for (List<List<String>> group : cells) {
            for (List<String> row : group) {
                console.result(line(row, widths));
            }
            console.result(rule);
        }
    }

    private static String rule(int[] widths) {
        StringBuilder b = new StringBuilder("+");
        for (int w : widths) {
            b.append("-".repeat(w + 2)).append('+');
        }
        return b.toString();
    }

    private static String line(List<String> values, int[] widths) {
        StringBuilder b = new StringBuilder("|");
        for (int i = 0; i < widths.length; i++) {
            String v = values.get(i);
            b.append(' ').append(v).append(" ".repeat(widths[i] - v.length())).append(" |");
        }
        return b.toString();
    }
}
