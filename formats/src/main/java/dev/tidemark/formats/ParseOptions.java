// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.formats;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How to read a changelog.
 *
 * @param searchPath folders where changelog paths are looked up, in order (Liquibase's search path)
 * @param parameters changelog parameters given on the command line ({@code -Dname=value})
 * @param strict     unknown attributes in YAML and JSON are errors instead of warnings
 * @param dbms       the target database's short name when known; properties filtered by dbms apply only to it
 * @param environment environment variables visible to {@code ${...}}
 * @param systemProperties JVM system properties visible to {@code ${...}}
 * @param contexts   the run's contexts (comma list) when known; properties filtered by context apply only when they match
 * @param labels     the run's label filter when known; properties with labels apply only when it matches them
 */
public record ParseOptions(List<Path> searchPath, Map<String, String> parameters, boolean strict, String dbms,
        Map<String, String> environment, Map<String, String> systemProperties, String contexts, String labels) {

    public ParseOptions {
        searchPath = List.copyOf(searchPath);
        parameters = Map.copyOf(parameters);
        environment = Map.copyOf(environment);
        systemProperties = Map.copyOf(systemProperties);
        if (searchPath.isEmpty()) {
            throw new IllegalArgumentException("the search path needs at least one folder");
        }
    }

    /** The working directory as search path, no parameters, this process's environment. */
    public static ParseOptions defaults() {
        Map<String, String> props = new HashMap<>();
        System.getProperties().forEach((k, v) -> props.put(String.valueOf(k), String.valueOf(v)));
        return new ParseOptions(List.of(Path.of("").toAbsolutePath()), Map.of(), false, null, System.getenv(), props, null, null);
    }

    /** An isolated setting for tests and tools: no environment or system properties. */
    public static ParseOptions isolated(Path searchRoot) {
        return new ParseOptions(List.of(searchRoot), Map.of(), false, null, Map.of(), Map.of(), null, null);
    }

    public ParseOptions withSearchPath(List<Path> newSearchPath) {
        return new ParseOptions(newSearchPath, parameters, strict, dbms, environment, systemProperties, contexts, labels);
    }

    public ParseOptions withParameters(Map<String, String> newParameters) {
        return new ParseOptions(searchPath, newParameters, strict, dbms, environment, systemProperties, contexts, labels);
    }

    public ParseOptions withStrict(boolean newStrict) {
        return new ParseOptions(searchPath, parameters, newStrict, dbms, environment, systemProperties, contexts, labels);
    }

    public ParseOptions withDbms(String newDbms) {
        return new ParseOptions(searchPath, parameters, strict, newDbms, environment, systemProperties, contexts, labels);
    }

    public ParseOptions withEnvironment(Map<String, String> env, Map<String, String> props) {
        return new ParseOptions(searchPath, parameters, strict, dbms, Objects.requireNonNull(env), Objects.requireNonNull(props),
                contexts, labels);
    }

    /** The run's contexts and label filter, which decide which filtered properties apply. */
    public ParseOptions withFilters(String newContexts, String newLabels) {
        return new ParseOptions(searchPath, parameters, strict, dbms, environment, systemProperties, newContexts, newLabels);
    }
}
