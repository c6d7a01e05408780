// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.cli;

import dev.tidemark.error.ErrorCode;
import dev.tidemark.error.TidemarkException;
import dev.tidemark.formats.ChangeLogParser;
import dev.tidemark.formats.ParseResult;
import dev.tidemark.formats.ResourceLocator;
import dev.tidemark.formats.writer.ChangeLogConverter;
import dev.tidemark.model.ChangeLogFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/** {@code convert}: rewrites a changelog and the files it includes in another format. */
final class ConvertCommand implements Command {
    @Override
    public String name() {
        return "convert";
    }

    @Override
    public String summary() {
        return "rewrite a changelog and its includes as yaml, json, xml or formatted sql";
    }

    @Override
    public Options options() {
        Options o = new Options();
        o.addOption(Option.builder().longOpt("format").hasArg().argName("yaml|json|xml|sql")
                .desc("the format to write").build());
        o.addOption(Option.builder().longOpt("output-file").hasArg().argName("file")
                .desc("where the converted root changelog goes; included files go beside it").build());
        return o;
    }

    @Override
    public int run(CommandLine line, Settings settings, Console console) {
        String file = settings.changeLogFile();
        ChangeLogFile.Format format = format(line.getOptionValue("format"));
        String output = line.getOptionValue("output-file");
        if (output == null || output.isBlank()) {
            throw new TidemarkException(ErrorCode.USAGE, "--output-file is required");
        }
        ParseResult result = new ChangeLogParser(settings.parseOptions()).parse(file);
        console.diagnostics(result.diagnostics());
        if (result.hasErrors()) {
            console.note("Changelog " + file + " is not valid; nothing was written.");
            return ExitCode.INVALID;
        }
        ResourceLocator locator = new ResourceLocator(settings.searchPath());
        ChangeLogConverter converter = new ChangeLogConverter(p -> result.physicalPaths().containsKey(p)
                ? result.physicalPaths().get(p) : locator.find(p).orElse(Path.of(p)));
        List<Path> written = converter.convert(result.changeLog().orElseThrow(), format, Path.of(output));
        for (Path p : written) {
            console.result("wrote " + p);
        }
        console.note("Converted " + Console.count(result.changeLog().get().files().size(), "changelog file") + " to "
                + format.name().toLowerCase(Locale.ROOT) + ".");
        return ExitCode.OK;
    }

    private static ChangeLogFile.Format format(String value) {
        if (value == null) {
            throw new TidemarkException(ErrorCode.USAGE, "--format is required (yaml, json, xml or sql)");
        }
        switch (value.toLowerCase(Locale.ROOT)) {
            case "yaml":
            case "yml":
                return ChangeLogFile.Format.YAML;
            case "json":
                return ChangeLogFile.Format.JSON;
            case "xml":
                return ChangeLogFile.Format.XML;
            case "sql":
                return ChangeLogFile.Format.SQL;
            default:
                throw new TidemarkException(ErrorCode.USAGE, "--format must be yaml, json, xml or sql, not '" + value + "'");
        }
    }
}
