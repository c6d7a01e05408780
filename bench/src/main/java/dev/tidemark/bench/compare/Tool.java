// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.bench.compare;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One tool compared, as the command line of a process of its own: Tidemark through the plain jar
 * and through its launcher, Liquibase's command line, Flyway's Java API ({@link FlywayMain}) and
 * the JDBC floor ({@link FloorMain}).
 */
abstract class Tool {
    /** What a process is asked to do. */
    enum Action { UPDATE, UPDATE_SQL, VALIDATE, STATUS, VERSION }

    /**
     * Where one process works: the generated changelog folder and format, the database URL (or
     * Liquibase's offline URL for update-sql), the database's dialect name, and the script file
     * update-sql writes.
     */
    record Invocation(Path dir, String format, String url, String db, Path output) {
        Invocation {
            Objects.requireNonNull(dir, "dir");
        }

        String changeLog() {
            return "changelog." + format;
        }
    }

    /** Where the built tools are. */
    record Installation(Path cliJar, Path launcher, Path benchClasses, Path liquibaseLib, Path flywayLib, Path jdbcLib) {
        static Installation under(Path root, String buildDir) {
            Path bench = root.resolve("bench").resolve(buildDir);
            return new Installation(root.resolve("cli").resolve(buildDir).resolve("tidemark.jar"),
                    root.resolve("cli/bin/tidemark"), bench.resolve("classes"), bench.resolve("liquibase-lib"),
                    bench.resolve("flyway-lib"), bench.resolve("jdbc-lib"));
        }
    }

    private final String key;
    private final String label;

    Tool(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** Short name used in options and ratio labels: {@code tidemark}, {@code liquibase}. */
    final String key() {
        return key;
    }

    /** The name in the report: {@code Liquibase 4.33.0}. */
    final String label() {
        return label;
    }

    boolean isTidemark() {
        return false;
    }

    /** The command line for {@code action}, or empty when the tool has no such command. */
    abstract Optional<List<String>> command(Action action, Invocation at);

    /** Environment variables the process gets besides the harness's own. */
    Map<String, String> environment() {
        return Map.of();
    }

    static List<Tool> all(Installation in) {
        return List.of(new Tidemark("tidemark", "Tidemark (cli/bin/tidemark)",
                        List.of(in.launcher().toString()), Map.of("TIDEMARK_JAR", in.cliJar().toString())),
                new Tidemark("tidemark-jar", "Tidemark (java -jar)",
                        List.of("java", "-jar", in.cliJar().toString()), Map.of()),
                new Liquibase(in), new Flyway(in), new Floor(in));
    }

    static String classpath(Path... entries) {
        List<String> out = new ArrayList<>();
        for (Path p : entries) {
            out.add(p.toString().endsWith("-lib") ? p.resolve("*").toString() : p.toString());
        }
        return String.join(File.pathSeparator, out);
    }

    /** Tidemark: {@code <command> --changelog-file ... --search-path ... --url ...}. */
    static final class Tidemark extends Tool {
        private final List<String> launch;
        private final Map<String, String> environment;

        /** {@code environment}: the launcher's TIDEMARK_JAR (the tool itself refuses unknown TIDEMARK_ variables). */
        Tidemark(String key, String label, List<String> launch, Map<String, String> environment) {
            super(key, label);
            this.launch = List.copyOf(launch);
            this.environment = Map.copyOf(environment);
        }

        @Override
        boolean isTidemark() {
            return true;
        }

        @Override
        Map<String, String> environment() {
            return environment;
        }

        @Override
        Optional<List<String>> command(Action action, Invocation at) {
            List<String> cmd = new ArrayList<>(launch);
            if (action == Action.VERSION) {
                cmd.add("--version");
                return Optional.of(cmd);
            }
            cmd.add(action == Action.UPDATE ? "update" : action == Action.UPDATE_SQL ? "update-sql"
                    : action == Action.VALIDATE ? "validate" : "status");
            cmd.addAll(List.of("--changelog-file", at.changeLog(), "--search-path", at.dir().toString(), "--url", at.url()));
            if (action == Action.UPDATE_SQL) {
                cmd.addAll(List.of("--output-file", at.output().toString()));
            }
            return Optional.of(cmd);
        }
    }

    /** Liquibase 4.33.0's command line on liquibase-core, its dependencies and the JDBC drivers. */
    static final class Liquibase extends Tool {
        private final Installation in;

        Liquibase(Installation in) {
            super("liquibase", "Liquibase 4.33.0");
            this.in = in;
        }

        @Override
        Map<String, String> environment() {
            // No network calls home; no banner (it only costs printing).
            return Map.of("LIQUIBASE_ANALYTICS_ENABLED", "false", "LIQUIBASE_SHOW_BANNER", "false");
        }

        @Override
        Optional<List<String>> command(Action action, Invocation at) {
            List<String> cmd = new ArrayList<>(List.of("java", "-cp", classpath(in.liquibaseLib(), in.jdbcLib()),
                    "liquibase.integration.commandline.LiquibaseCommandLine"));
            if (action == Action.VERSION) {
                cmd.add("--version");
                return Optional.of(cmd);
            }
            cmd.addAll(List.of("--search-path", at.dir().toString()));
            if (action == Action.UPDATE_SQL) {
                cmd.addAll(List.of("--output-file", at.output().toString()));
            }
            cmd.add(action == Action.UPDATE ? "update" : action == Action.UPDATE_SQL ? "update-sql"
                    : action == Action.VALIDATE ? "validate" : "status");
            cmd.addAll(List.of("--changelog-file", at.changeLog(), "--url", at.url()));
            return Optional.of(cmd);
        }
    }

    /** Flyway 13 through its Java API ({@link FlywayMain}) on the same SQL as versioned migrations. */
    static final class Flyway extends Tool {
        private final Installation in;

        Flyway(Installation in) {
            super("flyway", "Flyway 13.12.1 (Java API)");
            this.in = in;
        }

        @Override
        Map<String, String> environment() {
            return Map.of("REDGATE_DISABLE_TELEMETRY", "true", "FLYWAY_TELEMETRY_OPTOUT", "true");
        }

        @Override
        Optional<List<String>> command(Action action, Invocation at) {
            List<String> cmd = new ArrayList<>(List.of("java", "-cp",
                    classpath(in.benchClasses(), in.flywayLib(), in.jdbcLib()), "dev.tidemark.bench.compare.FlywayMain"));
            switch (action) {
                case VERSION:
                    cmd.add("--version");
                    return Optional.of(cmd);
                case UPDATE:
                    cmd.add("migrate");
                    break;
                case VALIDATE:
                    cmd.add("validate");
                    break;
                case STATUS:
                    cmd.add("info");
                    break;
                default:
                    return Optional.empty(); // no offline script in Flyway's free edition
            }
            cmd.addAll(List.of(at.url(), at.dir().resolve("flyway-" + at.db()).toString()));
            return Optional.of(cmd);
        }
    }

    /** One JDBC session running the same SQL ({@link FloorMain}). */
    static final class Floor extends Tool {
        private final Installation in;

        Floor(Installation in) {
            super("floor", "floor (one JDBC session)");
            this.in = in;
        }

        @Override
        Optional<List<String>> command(Action action, Invocation at) {
            List<String> cmd = new ArrayList<>(List.of("java", "-cp", classpath(in.benchClasses(), in.jdbcLib()),
                    "dev.tidemark.bench.compare.FloorMain"));
            if (action == Action.VERSION) {
                cmd.add("--version");
                return Optional.of(cmd);
            }
            if (action != Action.UPDATE) {
                return Optional.empty();
            }
            cmd.addAll(List.of("update", at.url(), at.dir().resolve("sql-" + at.db() + ".sql").toString()));
            return Optional.of(cmd);
        }
    }
}
