// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.bench;

import dev.tidemark.formats.writer.ChangeLogWriter;
import dev.tidemark.formats.writer.JsonChangeLogWriter;
import dev.tidemark.formats.writer.XmlChangeLogWriter;
import dev.tidemark.formats.writer.YamlChangeLogWriter;
import dev.tidemark.model.ChangeLogFile;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** A changelog file in one of the project's formats, written by the project's own writer. */
record FormatOutput(ChangeLogFile.Format format, String fileName, ChangeLogWriter writer) implements ChangeLogOutput {

    FormatOutput {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(writer, "writer");
    }

    /** {@code changelog.yaml}, {@code changelog.json}, {@code changelog.xml}. */
    static List<FormatOutput> standard() {
        return List.of(
                new FormatOutput(ChangeLogFile.Format.YAML, "changelog.yaml", new YamlChangeLogWriter()),
                new FormatOutput(ChangeLogFile.Format.JSON, "changelog.json", new JsonChangeLogWriter()),
                new FormatOutput(ChangeLogFile.Format.XML, "changelog.xml", new XmlChangeLogWriter()));
    }

    @Override
    public String render(ChangeLogFile changeLog) {
        ChangeLogFile asThis = new ChangeLogFile(fileName, format, changeLog.logicalFilePath(),
                changeLog.contextFilter(), changeLog.changeLogId(), changeLog.objectQuotingStrategy(),
                changeLog.entries());
        // A generated changelog includes nothing, so there are no include paths to rename.
        return writer.write(asThis, Function.identity());
    }
}
