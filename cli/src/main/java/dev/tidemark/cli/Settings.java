// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.cli;

import dev.tidemark.error.ErrorCode;
import dev.tidemark.error.TidemarkException;
import dev.tidemark.formats.ParseOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/**
 * The settings every command shares, taken from the command line (later issues add the
 * environment and properties files). Knows the common options.
 */
final class Settings {
    static final String CHANGELOG_FILE = "changelog-file";
    static final String SEARCH_PATH = "search-path";
    static final String STRICT = "strict";
    static final String URL = "url";
    static final String CONTEXTS = "contexts";
    static final String LABELS = "labels";

    private final CommandLine line;
    private final Map<String, String> environment;

    Settings(CommandLine line, Map<String, String> environment) {
        this.line = line;
        this.environment = environment;
    }

    /** The options every command accepts. */
    static Options common() {
        Options o = new Options();
        o.addOption(Option.builder().longOpt(CHANGELOG_FILE).hasArg().argName("file")
                .desc("the root changelog (YAML, JSON, XML or formatted SQL)").build());
        o.addOption(Option.builder().longOpt(SEARCH_PATH).hasArg().argName("dirs")
                .desc("comma-separated folders where changelog paths are looked up (default: the working directory)").build());
        o.addOption(Option.builder().longOpt(STRICT).optionalArg(true).hasArg().argName("true|false")
                .desc("treat unknown attributes in YAML and JSON changelogs as errors").build());
        o.addOption(Option.builder("D").hasArgs().valueSeparator('=').argName("name=value")
                .desc("a changelog parameter, used by ${name}").build());
        o.addOption(Option.builder().longOpt(URL).hasArg().argName("url")
                .desc("the database: a JDBC URL, or offline:<db>[?version=v] (postgresql, mysql, mariadb, oracle, h2)").build());
        o.addOption(Option.builder().longOpt(CONTEXTS).hasArg().argName("list")
                .desc("run changesets whose context expression matches these contexts (alias --context-filter)").build());
        o.addOption(Option.builder().longOpt("context-filter").hasArg().argName("list").desc("same as --contexts").build());
        o.addOption(Option.builder().longOpt(LABELS).hasArg().argName("expression")
                .desc("run changesets whose labels match this expression (alias --label-filter)").build());
        o.addOption(Option.builder().longOpt("label-filter").hasArg().argName("expression").desc("same as --labels").build());
        o.addOption(Option.builder().longOpt("username").hasArg().argName("user").desc("database user").build());
        o.addOption(Option.builder().longOpt("password").hasArg().argName("password").desc("database password (never printed)").build());
        o.addOption(Option.builder().longOpt("driver").hasArg().argName("class").desc("JDBC driver class (detected from the URL)").build());
        o.addOption(Option.builder().longOpt("default-schema-name").hasArg().argName("schema")
                .desc("the schema to work in").build());
        o.addOption(Option.builder().longOpt("changelog-lock-wait-time-in-minutes").hasArg().argName("minutes")
                .desc("how long to wait for the change log lock (default 5)").build());
        o.addOption(Option.builder().longOpt("changelog-lock-poll-rate").hasArg().argName("seconds")
                .desc("how often to look again while waiting (default 10)").build());
        o.addOption(Option.builder("h").longOpt("help").desc("show help").build());
        return o;
    }

    /** The changelog file, which this command requires. */
    String changeLogFile() {
        String f = line.getOptionValue(CHANGELOG_FILE);
        if (f == null || f.isBlank()) {
            throw new TidemarkException(ErrorCode.USAGE, "--changelog-file is required");
        }
        return f;
    }

    /** The database URL, which this command requires. */
    String url() {
        String u = line.getOptionValue(URL);
        if (u == null || u.isBlank()) {
            throw new TidemarkException(ErrorCode.USAGE, "--url is required (a JDBC URL or offline:<database>)");
        }
        return u;
    }

    /** The database URL when given. */
    java.util.Optional<String> optionalUrl() {
        return java.util.Optional.ofNullable(line.getOptionValue(URL)).filter(u -> !u.isBlank());
    }

    /** The run's filters for a target database. */
    dev.tidemark.plan.Filters filters(String dbms) {
        String contexts = line.getOptionValue(CONTEXTS, line.getOptionValue("context-filter"));
        String labels = line.getOptionValue(LABELS, line.getOptionValue("label-filter"));
        return dev.tidemark.plan.Filters.of(contexts, labels, dbms);
    }

    java.util.Optional<String> username() {
        return java.util.Optional.ofNullable(line.getOptionValue("username"));
    }

    java.util.Optional<String> password() {
        return java.util.Optional.ofNullable(line.getOptionValue("password"));
    }

    java.util.Optional<String> driver() {
        return java.util.Optional.ofNullable(line.getOptionValue("driver"));
    }

    java.util.Optional<String> defaultSchema() {
        return java.util.Optional.ofNullable(line.getOptionValue("default-schema-name"));
    }

    java.time.Duration lockWait() {
        return java.time.Duration.ofMillis((long) (number("changelog-lock-wait-time-in-minutes", 5) * 60_000));
    }

    java.time.Duration lockPollRate() {
        return java.time.Duration.ofMillis((long) (number("changelog-lock-poll-rate", 10) * 1000));
    }

    private double number(String option, double fallback) {
        String v = line.getOptionValue(option);
        if (v == null) {
            return fallback;
        }
        try {
            double d = Double.parseDouble(v.trim());
            if (d < 0) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new TidemarkException(ErrorCode.USAGE, "--" + option + " takes a number, not '" + v + "'");
        }
    }

    boolean strict() {
        if (!line.hasOption(STRICT)) {
            return false;
        }
        String v = line.getOptionValue(STRICT);
        if (v == null || v.equalsIgnoreCase("true")) {
            return true;
        }
        if (v.equalsIgnoreCase("false")) {
            return false;
        }
        throw new TidemarkException(ErrorCode.USAGE, "--strict takes true or false, not '" + v + "'");
    }

    List<Path> searchPath() {
        String sp = line.getOptionValue(SEARCH_PATH);
        List<Path> out = new ArrayList<>();
        if (sp != null) {
            for (String p : sp.split(",")) {
                if (!p.isBlank()) {
                    out.add(Path.of(p.trim()).toAbsolutePath());
                }
            }
        }
        if (out.isEmpty()) {
            out.add(Path.of("").toAbsolutePath());
        }
        return out;
    }

    Map<String, String> parameters() {
        Map<String, String> out = new LinkedHashMap<>();
        Properties d = line.getOptionProperties("D");
        d.stringPropertyNames().stream().sorted().forEach(k -> out.put(k, d.getProperty(k)));
        return out;
    }

    /** Parse options for the changelog: search path, parameters, strictness, this process's environment. */
    ParseOptions parseOptions() {
        Map<String, String> props = new HashMap<>();
        System.getProperties().forEach((k, v) -> props.put(String.valueOf(k), String.valueOf(v)));
        return ParseOptions.defaults().withSearchPath(searchPath()).withParameters(parameters()).withStrict(strict())
                .withEnvironment(environment, props);
    }
}
