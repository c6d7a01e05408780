// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.bench.compare;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How many statements of each kind an update-sql script holds for the changelog's own objects
 * (lines about the tracking tables left out), so that two tools' scripts can be compared.
 */
final class ScriptCounts {
    private static final List<String> KINDS = List.of("create table", "alter table", "create index", "insert into");

    private ScriptCounts() {
    }

    /** {@code create table 412, alter table 300, ...}. */
    static String of(Path script) throws IOException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String kind : KINDS) {
            counts.put(kind, 0);
        }
        for (String line : Files.readAllLines(script, StandardCharsets.UTF_8)) {
            String l = line.strip().toLowerCase(Locale.ROOT);
            if (l.contains("databasechangelog")) {
                continue;
            }
            for (String kind : KINDS) {
                if (l.startsWith(kind)) {
                    counts.merge(kind, 1, Integer::sum);
                }
            }
        }
        StringBuilder out = new StringBuilder();
        counts.forEach((k, v) -> out.append(out.length() == 0 ? "" : ", ").append(k).append(' ').append(v));
        return out.toString();
    }
}
