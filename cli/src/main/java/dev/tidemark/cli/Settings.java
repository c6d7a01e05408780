// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.cli;

import dev.tidemark.error.ErrorCode;
import dev.tidemark.error.TidemarkException;
import dev.tidemark.formats.ParseOptions;
import dev.tidemark.history.TrackingTables;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/**
 * The settings every command shares. A value comes from the command line, else the environment,
 * else the properties file ({@link Configuration}). Knows the common options.
 */
final class Settings {
    static final String CHANGELOG_FILE = "changelog-file";
    static final String SEARCH_PATH = "search-path";
    static final String STRICT = "strict";
    static final String URL = "url";
    static final String CONTEXTS = "contexts";
    static final String LABELS = "labels";
    static final String OUTPUT_FORMAT = "output-format";
    static final String CHANGELOG_TABLE = "database-changelog-table-name";
    static final String LOCK_TABLE = "database-changelog-lock-table-name";
    static final String TRACKING_SCHEMA = "liquibase-schema-name";
    static final String TRACKING_CATALOG = "liquibase-catalog-name";
    static final String TRACKING_TABLESPACE = "liquibase-tablespace-name";
    static final String LOCK_WAIT = "changelog-lock-wait-time-in-minutes";
    static final String LOCK_POLL = "changelog-lock-poll-rate";

    /** The options Liquibase treats as global settings, which LIQUIBASE_<NAME> variables may set. */
    static final Set<String> GLOBALS = Set.of(CHANGELOG_TABLE, LOCK_TABLE, TRACKING_SCHEMA, TRACKING_CATALOG,
            TRACKING_TABLESPACE, LOCK_WAIT, LOCK_POLL, SEARCH_PATH, STRICT, Configuration.DEFAULTS_FILE);

    private final CommandLine line;
    private final Configuration config;
    private final Map<String, String> environment;
    private final Path workingDirectory;

    /**
     * @param config           the environment's and the properties file's values
     * @param environment      the process environment (also for ${NAME} in changelogs)
     * @param workingDirectory where relative paths start
     */
    Settings(CommandLine line, Configuration config, Map<String, String> environment, Path workingDirectory) {
        this.line = line;
        this.config = config;
        this.environment = environment;
        this.workingDirectory = workingDirectory;
    }

    /** An option's value: the command line's, else the environment's, else the properties file's. */
    Optional<String> value(String option) {
        if (line.hasOption(option)) {
            return Optional.ofNullable(line.getOptionValue(option));
        }
        return config.value(option).map(Configuration.Value::text);
    }

    /** A true/false option: absent is false; given without a value is true. */
    boolean flag(String option) {
        if (!line.hasOption(option) && config.value(option).isEmpty()) {
            return false;
        }
        String text = value(option).orElse("true").trim();
        if (text.isEmpty() || text.equalsIgnoreCase("true")) {
            return true;
        }
        if (text.equalsIgnoreCase("false")) {
            return false;
        }
        throw new TidemarkException(ErrorCode.USAGE, "--" + option + " takes true or false, not '" + text + "'" + from(option));
    }

    /** " (from TIDEMARK_X)" when a value came from below the command line, for messages. */
    private String from(String option) {
        return line.hasOption(option) ? "" : config.value(option).map(v -> " (from " + v.source() + ")").orElse("");
    }

    Path workingDirectory() {
        return workingDirectory;
    }

    /** Names and place of the tracking tables: Liquibase's defaults unless set; their schema defaults to --default-schema-name. */
    TrackingTables trackingTables() {
        return new TrackingTables(value(TRACKING_CATALOG).orElse(null), value(TRACKING_SCHEMA).or(this::defaultSchema).orElse(null),
                value(CHANGELOG_TABLE).filter(v -> !v.isBlank()).orElse("DATABASECHANGELOG"),
                value(LOCK_TABLE).filter(v -> !v.isBlank()).orElse("DATABASECHANGELOGLOCK"),
                value(TRACKING_TABLESPACE).orElse(null));
    }

    /** Whether --output-format asks for JSON (text is the default). */
    boolean json() {
        String f = value(OUTPUT_FORMAT).orElse("text").trim().toLowerCase(Locale.ROOT);
        if (!f.equals("text") && !f.equals("json")) {
            throw new TidemarkException(ErrorCode.USAGE, "--" + OUTPUT_FORMAT + " takes text or json, not '" + f + "'" + from(OUTPUT_FORMAT));
        }
        return f.equals("json");
    }

    /** The --output-format option, for the commands that have it. */
    static Option outputFormatOption() {
        return Option.builder().longOpt(OUTPUT_FORMAT).hasArg().argName("text|json")
                .desc("text (default) or json: one JSON object on standard output").build();
    }

    /** LOCKEDBY as Liquibase writes it: host name and address. */
    static String lockHolder() {
        try {
            java.net.InetAddress local = java.net.InetAddress.getLocalHost();
            return local.getHostName() + " (" + local.getHostAddress() + ")";
        } catch (java.io.IOException e) {
            return "unknown host";
        }
    }

    /** Lock settings for the commands that take the change log lock. */
    dev.tidemark.execute.UpdateOptions lockOptions() {
        return dev.tidemark.execute.UpdateOptions.defaults(lockHolder()).withLock(lockWait(), lockPollRate());
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
        o.addOption(Option.builder().longOpt(LOCK_WAIT).hasArg().argName("minutes")
                .desc("how long to wait for the change log lock (default 5)").build());
        o.addOption(Option.builder().longOpt(LOCK_POLL).hasArg().argName("seconds")
                .desc("how often to look again while waiting (default 10)").build());
        o.addOption(Option.builder().longOpt(CHANGELOG_TABLE).hasArg().argName("name")
                .desc("the history table (default DATABASECHANGELOG)").build());
        o.addOption(Option.builder().longOpt(LOCK_TABLE).hasArg().argName("name")
                .desc("the lock table (default DATABASECHANGELOGLOCK)").build());
        o.addOption(Option.builder().longOpt(TRACKING_SCHEMA).hasArg().argName("schema")
                .desc("the schema of the history and lock tables (default: --default-schema-name)").build());
        o.addOption(Option.builder().longOpt(TRACKING_CATALOG).hasArg().argName("catalog")
                .desc("the catalog of the history and lock tables").build());
        o.addOption(Option.builder().longOpt(TRACKING_TABLESPACE).hasArg().argName("tablespace")
                .desc("the tablespace the history and lock tables are created in").build());
        o.addOption(Option.builder().longOpt(Configuration.DEFAULTS_FILE).hasArg().argName("file")
                .desc("a properties file of settings (default: tidemark.properties, else liquibase.properties)").build());
        o.addOption(Option.builder("h").longOpt("help").desc("show help").build());
        return o;
    }

    /** The changelog file, which this command requires. */
    String changeLogFile() {
        String f = value(CHANGELOG_FILE).orElse(null);
        if (f == null || f.isBlank()) {
            throw new TidemarkException(ErrorCode.USAGE, "--changelog-file is required");
        }
        return f;
    }

    /** The database URL, which this command requires. */
    String url() {
        String u = value(URL).orElse(null);
        if (u == null || u.isBlank()) {
            throw new TidemarkException(ErrorCode.USAGE, "--url is required (a JDBC URL or offline:<database>)");
        }
        return u;
    }

    /** The database URL when given. */
    java.util.Optional<String> optionalUrl() {
        return value(URL).filter(u -> !u.isBlank());
    }

    /** The run's filters for a target database. */
    dev.tidemark.plan.Filters filters(String dbms) {
        String contexts = value(CONTEXTS).or(() -> value("context-filter")).orElse(null);
        String labels = value(LABELS).or(() -> value("label-filter")).orElse(null);
        return dev.tidemark.plan.Filters.of(contexts, labels, dbms);
    }

    java.util.Optional<String> username() {
        return value("username");
    }

    java.util.Optional<String> password() {
        return value("password");
    }

    java.util.Optional<String> driver() {
        return value("driver");
    }

    java.util.Optional<String> defaultSchema() {
        return value("default-schema-name");
    }

    java.time.Duration lockWait() {
        return java.time.Duration.ofMillis((long) (number(LOCK_WAIT, 5) * 60_000));
    }

    java.time.Duration lockPollRate() {
        return java.time.Duration.ofMillis((long) (number(LOCK_POLL, 10) * 1000));
    }

    private double number(String option, double fallback) {
        String v = value(option).orElse(null);
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
            throw new TidemarkException(ErrorCode.USAGE, "--" + option + " takes a number, not '" + v + "'" + from(option));
        }
    }

    boolean strict() {
        return flag(STRICT);
    }

    List<Path> searchPath() {
        String sp = value(SEARCH_PATH).orElse(null);
        List<Path> out = new ArrayList<>();
        if (sp != null) {
            for (String p : sp.split(",")) {
                if (!p.isBlank()) {
                    out.add(workingDirectory.resolve(p.trim()).toAbsolutePath());
                }
            }
        }
        if (out.isEmpty()) {
            out.add(workingDirectory.toAbsolutePath());
        }
        return out;
    }

    /** Changelog parameters: the properties file's parameter.<name> keys, overridden by -D. */
    Map<String, String> parameters() {
        Map<String, String> out = new LinkedHashMap<>(config.parameters());
        Properties d = line.getOptionProperties("D");
        d.stringPropertyNames().stream().sorted().forEach(k -> out.put(k, d.getProperty(k)));
        return out;
    }

    /**
     * Parse options for the changelog: search path, parameters, strictness, this process's
     * environment, and the contexts and labels that decide which filtered properties apply.
     */
    ParseOptions parseOptions() {
        Map<String, String> props = new HashMap<>();
        System.getProperties().forEach((k, v) -> props.put(String.valueOf(k), String.valueOf(v)));
        return ParseOptions.defaults().withSearchPath(searchPath()).withParameters(parameters()).withStrict(strict())
                .withEnvironment(environment, props)
                .withFilters(value(CONTEXTS).or(() -> value("context-filter")).orElse(null),
                        value(LABELS).or(() -> value("label-filter")).orElse(null));
    }
}
