// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.cli;

import dev.tidemark.error.ErrorCode;
import dev.tidemark.error.TidemarkException;
import dev.tidemark.model.SourceLocation;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * A {@code tidemark.properties} or {@code liquibase.properties} file, read with the line each key
 * is on so that a problem can name it. Each entry is read with {@link Properties}' own rules
 * (escapes, continuation lines, {@code =}, {@code :} or a space between key and value), one
 * logical line at a time. A key set twice is an error.
 */
final class PropertiesFile {
    /** One key, its value and where it was written. */
    record Entry(String key, String value, SourceLocation location) {
    }

    private PropertiesFile() {
    }

    static List<Entry> read(Path file, String shownName) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new TidemarkException(ErrorCode.USAGE, "cannot read the defaults file " + shownName + ": " + e.getMessage());
        }
        List<Entry> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        int i = 0;
        while (i < lines.size()) {
            int first = i;
            StringBuilder logical = new StringBuilder(lines.get(i));
            while (continues(lines.get(i)) && !isComment(lines.get(first)) && i + 1 < lines.size()) {
                i++;
                logical.append('\n').append(lines.get(i));
            }
            i++;
            if (isComment(logical.toString()) || logical.toString().isBlank()) {
                continue;
            }
            Properties p = new Properties();
            try {
                p.load(new StringReader(logical.toString()));
            } catch (IOException | IllegalArgumentException e) {
                throw new TidemarkException(ErrorCode.USAGE, new SourceLocation(shownName, first + 1, 1),
                        "cannot read this line: " + e.getMessage(), null);
            }
            for (String key : p.stringPropertyNames()) {
                SourceLocation where = new SourceLocation(shownName, first + 1, 1);
                Integer before = seen.put(key.toLowerCase(Locale.ROOT), first + 1);
                if (before != null) {
                    throw new TidemarkException(ErrorCode.USAGE, where, "'" + key + "' is set twice (first on line " + before + ")",
                            null);
                }
                out.add(new Entry(key, p.getProperty(key).trim(), where));
            }
        }
        return out;
    }

    private static boolean isComment(String line) {
        String t = line.stripLeading();
        return t.startsWith("#") || t.startsWith("!");
    }

    /** An odd number of trailing backslashes continues the line. */
    private static boolean continues(String line) {
        int n = 0;
        for (int k = line.length() - 1; k >= 0 && line.charAt(k) == '\\'; k--) {
            n++;
        }
        return n % 2 == 1;
    }
}
