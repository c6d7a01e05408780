// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.formats.mapping;

import dev.tidemark.error.Diagnostic;
import dev.tidemark.error.ErrorCode;
import dev.tidemark.model.SourceLocation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Property values and {@code ${name}} substitution with Liquibase's precedence: built-ins, then
 * environment variables, then system properties, then global properties (the first definition
 * wins, and command-line parameters are defined first), then local properties of the current
 * file and its parents (within one file the last definition wins). Names are case-insensitive.
 * One instance serves one parse. The threads that map a long run of changesets share it: they only
 * read the properties (none is defined meanwhile) and note unresolved names in a concurrent set.
 */
public final class ChangeLogParameters {
    private final Map<String, String> builtIns;
    private final Map<String, String> environment;
    private final Map<String, String> systemProperties;
    private final Map<String, String> globals = new LinkedHashMap<>();
    private final Deque<Map<String, String>> locals = new ArrayDeque<>();
    /** Concurrent: long runs of changesets are mapped on several threads (nothing is defined meanwhile). */
    private final Set<String> warnedUnresolved = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public ChangeLogParameters(Map<String, String> builtIns, Map<String, String> environment,
            Map<String, String> systemProperties, Map<String, String> commandLine) {
        this.builtIns = lowerKeys(builtIns);
        this.environment = Map.copyOf(environment);
        this.systemProperties = lowerKeys(systemProperties);
        commandLine.forEach(this::defineGlobal);
    }

    private static Map<String, String> lowerKeys(Map<String, String> in) {
        Map<String, String> out = new HashMap<>();
        in.forEach((k, v) -> out.putIfAbsent(k.toLowerCase(Locale.ROOT), v));
        return out;
    }

    /** Defines a global property unless one of that name exists (the first definition wins). */
    public void defineGlobal(String name, String value) {
        globals.putIfAbsent(name.toLowerCase(Locale.ROOT), value);
    }

    /** Defines a property local to the file being read (the last definition in a file wins). */
    public void defineLocal(String name, String value) {
        if (locals.isEmpty()) {
            defineGlobal(name, value);
        } else {
            locals.peek().put(name.toLowerCase(Locale.ROOT), value);
        }
    }

    /** Starts reading a file: its local properties are visible until {@link #leaveFile()}. */
    public void enterFile() {
        locals.push(new HashMap<>());
    }

    public void leaveFile() {
        locals.pop();
    }

    /** Whether a property is defined (for changeLogPropertyDefined). */
    public boolean isDefined(String name) {
        return lookup(name) != null;
    }

    /** The value of a property among the local properties visible now (this file's, then its parents'), or null. */
    public String localLookup(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        for (Map<String, String> scope : locals) {
            String v = scope.get(key);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** The raw value of a property, or null. */
    public String lookup(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        String v = builtIns.get(key);
        if (v == null) {
            v = environment.get(name);
        }
        if (v == null) {
            v = systemProperties.get(key);
        }
        if (v == null) {
            v = globals.get(key);
        }
        return v != null ? v : localLookup(name);
    }

    /**
     * Replaces every {@code ${name}} whose property is defined, recursively. Unknown names stay as
     * written (Liquibase's PRESERVE mode) with one warning each; a property that refers to itself
     * is an error.
     */
    public String expand(String text, SourceLocation where, List<Diagnostic> diagnostics) {
        if (text == null || text.indexOf("${") < 0) {
            return text;
        }
        return expand(text, where, diagnostics, new ArrayList<>());
    }

    private String expand(String text, SourceLocation where, List<Diagnostic> diagnostics, List<String> chain) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int start = text.indexOf("${", i);
            if (start < 0) {
                out.append(text, i, text.length());
                break;
            }
            int end = text.indexOf('}', start + 2);
            if (end < 0) {
                out.append(text, i, text.length());
                break;
            }
            out.append(text, i, start);
            String name = text.substring(start + 2, end);
            String value = name.isEmpty() ? null : lookup(name);
            if (value == null) {
                if (!name.isEmpty() && warnedUnresolved.add(name.toLowerCase(Locale.ROOT) + "@" + where)) {
                    diagnostics.add(Diagnostic.warning(ErrorCode.UNRESOLVED_PROPERTY, where,
                            "property '" + name + "' is not defined; '${" + name + "}' is kept as written"));
                }
                out.append(text, start, end + 1);
            } else if (chain.stream().anyMatch(n -> n.equalsIgnoreCase(name))) {
                List<String> cycle = new ArrayList<>(chain);
                cycle.add(name);
                diagnostics.add(Diagnostic.error(ErrorCode.PROPERTY_CYCLE, where,
                        "property '" + chain.get(0) + "' refers to itself: " + String.join(" -> ", cycle)));
                out.append(text, start, end + 1);
            } else {
                chain.add(name);
                out.append(expand(value, where, diagnostics, chain));
                chain.remove(chain.size() - 1);
            }
            i = end + 1;
        }
        return out.toString();
    }
}
