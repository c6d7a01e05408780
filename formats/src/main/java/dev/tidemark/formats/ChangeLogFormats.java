// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.formats;

import dev.tidemark.formats.json.JsonTreeReader;
import dev.tidemark.formats.sql.FormattedSqlTreeReader;
import dev.tidemark.formats.tree.TreeReader;
import dev.tidemark.formats.xml.XmlTreeReader;
import dev.tidemark.formats.yaml.YamlTreeReader;
import dev.tidemark.model.ChangeLogFile;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The changelog formats by file extension, and one reader of each (made once per parser). */
final class ChangeLogFormats {
    private final Map<ChangeLogFile.Format, TreeReader> readers = new EnumMap<>(ChangeLogFile.Format.class);

    ChangeLogFormats() {
        readers.put(ChangeLogFile.Format.YAML, new YamlTreeReader());
        readers.put(ChangeLogFile.Format.JSON, new JsonTreeReader());
        readers.put(ChangeLogFile.Format.XML, new XmlTreeReader());
        readers.put(ChangeLogFile.Format.SQL, new FormattedSqlTreeReader());
    }

    /** The format a file name's extension says, if it is a changelog extension. */
    static Optional<ChangeLogFile.Format> of(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            return Optional.of(ChangeLogFile.Format.YAML);
        }
        if (lower.endsWith(".json")) {
            return Optional.of(ChangeLogFile.Format.JSON);
        }
        if (lower.endsWith(".xml")) {
            return Optional.of(ChangeLogFile.Format.XML);
        }
        if (lower.endsWith(".sql")) {
            return Optional.of(ChangeLogFile.Format.SQL);
        }
        return Optional.empty();
    }

    Optional<TreeReader> reader(ChangeLogFile.Format format) {
        return Optional.ofNullable(readers.get(format));
    }
}
