// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.cli;

import dev.tidemark.error.ErrorCode;
import dev.tidemark.error.TidemarkException;
import dev.tidemark.formats.mapping.Suggestions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The settings below the command line: environment variables, then a properties file. Each
 * value keeps where it came from, for messages (never the value: it may be a password).
 *
 * <ul>
 * <li>{@code TIDEMARK_<NAME>} (TIDEMARK_URL, TIDEMARK_CHANGELOG_FILE); an unknown one is an error.
 * {@code TIDEMARK_DEBUG} and {@code TIDEMARK_TEST_*} (the test suite's) are not settings.</li>
 * <li>Liquibase's {@code LIQUIBASE_COMMAND_<NAME>}, {@code LIQUIBASE_COMMAND_<COMMAND>_<NAME>} and, for
 * its global settings, {@code LIQUIBASE_<NAME>}; unknown ones get a warning, as Liquibase gives.</li>
 * <li>{@code --defaults-file}, else {@code tidemark.properties}, else {@code liquibase.properties} in
 * the working directory: short keys in kebab, camel or dotted form ({@code changelog-file},
 * {@code changelogFile}, {@code liquibase.command.changelogFile},
 * {@code liquibase.command.update.changelogFile}), and {@code parameter.<name>} for changelog
 * parameters. An unknown key is an error naming its file and line.</li>
 * </ul>
 * A name matches an option case-insensitively once dashes, dots and underscores are dropped.
 * Settings of other commands are recognised and left alone.
 */
final class Configuration {
    /** A value and where it was set ("TIDEMARK_URL", "liquibase.properties:3:1"). */
    record Value(String text, String source) {
    }

    /**
     * What the configuration needs to know about the command it completes.
     *
     * @param command      the command being run
     * @param applicable   the options this command accepts (its own and the common ones)
     * @param known        the options of every command
     * @param commandNames every command's name
     * @param globals      the options Liquibase treats as global settings ({@code LIQUIBASE_<NAME>})
     */
    record Scope(String command, Set<String> applicable, Set<String> known, List<String> commandNames, Set<String> globals) {
    }

    static final String DEFAULTS_FILE = "defaults-file";

    /** Keys of Liquibase's properties files that change nothing Tidemark does: a warning, not an error. */
    private static final Map<String, String> LIQUIBASE_ONLY = Map.ofEntries(
            Map.entry("classpath", "Tidemark bundles the JDBC drivers it supports"),
            Map.entry("loglevel", "Tidemark reports through its own output"),
            Map.entry("logfile", "Tidemark reports through its own output"),
            Map.entry("showbanner", "Tidemark shows no banner"),
            Map.entry("hubmode", "Tidemark does not talk to Liquibase Hub"),
            Map.entry("licensekey", "Tidemark has no licence keys"),
            Map.entry("liquibaseprolicensekey", "Tidemark has no licence keys"),
            Map.entry("referenceurl", "it is for Liquibase's diff commands, which Tidemark does not have"),
            Map.entry("referenceusername", "it is for Liquibase's diff commands, which Tidemark does not have"),
            Map.entry("referencepassword", "it is for Liquibase's diff commands, which Tidemark does not have"),
            Map.entry("referencedriver", "it is for Liquibase's diff commands, which Tidemark does not have"));

    private final Map<String, Value> environment;
    private final Map<String, Value> file;
    private final Map<String, String> fileParameters;
    private final List<String> warnings;

    private Configuration(Map<String, Value> environment, Map<String, Value> file, Map<String, String> fileParameters,
            List<String> warnings) {
        this.environment = environment;
        this.file = file;
        this.fileParameters = fileParameters;
        this.warnings = warnings;
    }

    /** No environment, no file: the command line alone. */
    static Configuration empty() {
        return new Configuration(Map.of(), Map.of(), Map.of(), List.of());
    }

    /**
     * Reads the environment and the properties file.
     *
     * @param defaultsFile {@code --defaults-file} from the command line, if given
     */
    static Configuration load(Scope scope, Map<String, String> env, Path workingDirectory, Optional<String> defaultsFile) {
        Names names = new Names(scope);
        List<String> warnings = new ArrayList<>();
        Map<String, Value> environment = environment(scope, names, env, warnings);
        Optional<Value> explicit = defaultsFile.map(f -> new Value(f, "--" + DEFAULTS_FILE))
                .or(() -> Optional.ofNullable(environment.get(DEFAULTS_FILE)));
        Path chosen = null;
        String shown = null;
        if (explicit.isPresent()) {
            chosen = workingDirectory.resolve(explicit.get().text());
            shown = explicit.get().text();
            if (!Files.isRegularFile(chosen)) {
                throw new TidemarkException(ErrorCode.USAGE, "the defaults file " + shown + " (from " + explicit.get().source()
                        + ") does not exist");
            }
        } else {
            for (String candidate : List.of("tidemark.properties", "liquibase.properties")) {
                if (Files.isRegularFile(workingDirectory.resolve(candidate))) {
                    chosen = workingDirectory.resolve(candidate);
                    shown = candidate;
                    break;
                }
            }
        }
        Map<String, Value> file = new HashMap<>();
        Map<String, String> parameters = new LinkedHashMap<>();
        if (chosen != null) {
            readFile(scope, names, PropertiesFile.read(chosen, shown), file, parameters, warnings);
        }
        return new Configuration(environment, file, parameters, List.copyOf(warnings));
    }

    /** The value of an option from the environment, else from the file. */
    Optional<Value> value(String option) {
        Value v = environment.get(option);
        return Optional.ofNullable(v != null ? v : file.get(option));
    }

    /** Changelog parameters from {@code parameter.<name>} keys of the file. */
    Map<String, String> parameters() {
        return fileParameters;
    }

    /** Unknown LIQUIBASE_* variables and Liquibase-only keys, to show the user. */
    List<String> warnings() {
        return warnings;
    }

    private static Map<String, Value> environment(Scope scope, Names names, Map<String, String> env, List<String> warnings) {
        // Lower rank wins: TIDEMARK_, then Liquibase's command-scoped, command-wide and global forms.
        Map<String, Integer> ranks = new HashMap<>();
        Map<String, Value> out = new HashMap<>();
        for (Map.Entry<String, String> e : new TreeMap<>(env).entrySet()) {
            String name = e.getKey();
            if (name.startsWith("TIDEMARK_")) {
                String rest = name.substring("TIDEMARK_".length());
                if (rest.equals("DEBUG") || rest.startsWith("TEST_")) {
                    continue;
                }
                String option = names.option(rest);
                if (option == null) {
                    throw new TidemarkException(ErrorCode.USAGE, "environment variable " + name + " is not a Tidemark setting"
                            + names.hint(rest, "TIDEMARK_"));
                }
                put(scope, out, ranks, option, new Value(e.getValue(), name), 0);
            } else if (name.startsWith("LIQUIBASE_COMMAND_")) {
                String rest = name.substring("LIQUIBASE_COMMAND_".length());
                String option = names.option(rest);
                if (option != null) {
                    put(scope, out, ranks, option, new Value(e.getValue(), name), 2);
                    continue;
                }
                boolean recognised = false;
                for (String command : scope.commandNames()) {
                    String prefix = normal(command);
                    String n = normal(rest);
                    String scoped = n.startsWith(prefix) ? names.byNormal.get(n.substring(prefix.length())) : null;
                    if (scoped != null) {
                        recognised = true;
                        if (command.equals(scope.command())) {
                            put(scope, out, ranks, scoped, new Value(e.getValue(), name), 1);
                        }
                    }
                }
                if (!recognised) {
                    warnings.add("environment variable " + name + " is not a setting Tidemark knows; ignored");
                }
            } else if (name.startsWith("LIQUIBASE_")) {
                String rest = name.substring("LIQUIBASE_".length());
                if (rest.equals("HOME")) {
                    continue; // set by Liquibase's own launcher script
                }
                String option = names.option(rest);
                if (option != null && scope.globals().contains(option)) {
                    put(scope, out, ranks, option, new Value(e.getValue(), name), 3);
                } else {
                    warnings.add("environment variable " + name + " is not a setting Tidemark knows; ignored"
                            + (option != null ? " (use LIQUIBASE_COMMAND_" + rest + ")" : ""));
                }
            }
        }
        return out;
    }

    private static void put(Scope scope, Map<String, Value> out, Map<String, Integer> ranks, String option, Value value, int rank) {
        if (!scope.applicable().contains(option) && !option.equals(DEFAULTS_FILE)) {
            return; // another command's setting
        }
        Integer before = ranks.get(option);
        if (before == null || rank < before) {
            ranks.put(option, rank);
            out.put(option, value);
        }
    }

    private static void readFile(Scope scope, Names names, List<PropertiesFile.Entry> entries, Map<String, Value> out,
            Map<String, String> parameters, List<String> warnings) {
        for (PropertiesFile.Entry e : entries) {
            String key = e.key();
            String lower = key.toLowerCase(Locale.ROOT);
            String where = e.location().toString();
            if (lower.startsWith("parameter.") && key.length() > "parameter.".length()) {
                parameters.put(key.substring("parameter.".length()), e.value());
                continue;
            }
            String rest = key;
            String forCommand = null;
            if (lower.startsWith("liquibase.command.")) {
                rest = key.substring("liquibase.command.".length());
                int dot = rest.indexOf('.');
                if (dot > 0) {
                    String head = normal(rest.substring(0, dot));
                    for (String command : scope.commandNames()) {
                        if (normal(command).equals(head)) {
                            forCommand = command;
                            rest = rest.substring(dot + 1);
                            break;
                        }
                    }
                }
            } else if (lower.startsWith("liquibase.") || lower.startsWith("tidemark.")) {
                rest = key.substring(key.indexOf('.') + 1);
            }
            String option = names.option(rest);
            if (option == null) {
                String why = LIQUIBASE_ONLY.get(normal(rest));
                if (why != null) {
                    warnings.add(where + ": '" + key + "' has no effect in Tidemark (" + why + "); ignored");
                    continue;
                }
                throw new TidemarkException(ErrorCode.USAGE, e.location(), "unknown setting '" + key + "'"
                        + names.hint(rest, "") + " (settings are the long command-line options without '--', and"
                        + " parameter.<name> for changelog parameters)", null);
            }
            if ((forCommand == null || forCommand.equals(scope.command())) && scope.applicable().contains(option)) {
                out.put(option, new Value(e.value(), where));
            }
        }
    }

    /** A name with dashes, dots and underscores dropped, in lower case: how names are matched. */
    static String normal(String name) {
        return name.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "").replace(".", "");
    }

    /** Option names by their normal form. */
    private static final class Names {
        private final Map<String, String> byNormal = new HashMap<>();

        Names(Scope scope) {
            for (String option : scope.known()) {
                byNormal.put(normal(option), option);
            }
        }

        String option(String written) {
            return byNormal.get(normal(written));
        }

        String hint(String written, String prefix) {
            return Suggestions.closest(written.toLowerCase(Locale.ROOT).replace('_', '-'), byNormal.values())
                    .map(s -> "; did you mean " + (prefix.isEmpty() ? "'" + s + "'" : prefix + s.toUpperCase(Locale.ROOT).replace('-', '_'))
                            + "?")
                    .orElse("");
        }
    }
}
