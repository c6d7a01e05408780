// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.formats;

import dev.tidemark.error.Diagnostic;
import dev.tidemark.formats.mapping.ChangeLogParameters;
import dev.tidemark.model.ChangeLog;
import dev.tidemark.model.ChangeSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a changelog in any format, with its includes, into the model, and reports every problem
 * at once. Nothing here touches a database. Not thread-safe; make one per parse or per thread.
 */
public final class ChangeLogParser {
    private final ParseOptions options;

    public ChangeLogParser(ParseOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /** Reads the changelog at {@code changeLogFile} (looked up in the search path). */
    public ParseResult parse(String changeLogFile) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        ChangeLogParameters parameters = new ChangeLogParameters(builtIns(changeLogFile), options.environment(),
                options.systemProperties(), options.parameters());
        ChangeLogResolver resolver = new ChangeLogResolver(options, parameters, diagnostics);
        resolver.resolve(changeLogFile);
        List<ChangeSet> ordered = runOrder(resolver.changeSets);
        new ChangeLogChecks(new ResourceLocator(options.searchPath()), resolver.physicalPaths, diagnostics)
                .check(ordered, resolver.files.values());
        boolean failed = diagnostics.stream().anyMatch(Diagnostic::isError);
        Optional<ChangeLog> changeLog = failed ? Optional.empty()
                : Optional.of(new ChangeLog(ResourceLocator.normalize(changeLogFile.replace('\\', '/')), ordered,
                        resolver.preconditions, List.copyOf(resolver.files.values())));
        List<Diagnostic> runtime = new ArrayList<>();
        // The engine expands file contents (sqlFile, loadData) while it renders and hashes changesets
        // on several threads; expanding notes unresolved names in shared sets, so one at a time.
        dev.tidemark.model.SourceLocation root = dev.tidemark.model.SourceLocation.ofFile(changeLogFile);
        return new ParseResult(changeLog, diagnostics, resolver.physicalPaths, text -> {
            if (text == null || text.indexOf("${") < 0) {
                return text;
            }
            synchronized (runtime) {
                return parameters.expand(text, root, runtime);
            }
        });
    }

    private Map<String, String> builtIns(String changeLogFile) {
        Map<String, String> out = new java.util.HashMap<>();
        out.put("LIQUIBASE_CHANGELOG_FILE", changeLogFile);
        if (options.dbms() != null) {
            String dbms = options.dbms().toLowerCase(Locale.ROOT);
            out.put("database.typeName", dbms);
            if (dev.tidemark.dialect.Dialects.names().contains(dbms)) {
                // The database.* values Liquibase predefines that the dialect alone decides.
                dev.tidemark.dialect.Dialect dialect = dev.tidemark.dialect.Dialects.named(dbms, null);
                out.put("database.currentDateTimeFunction", dialect.currentTimestampFunction());
                out.put("database.supportsSequences", Boolean.toString(dialect.capabilities().sequences()));
                out.put("database.lineComment", "--");
            }
        }
        return out;
    }

    /** Liquibase's runOrder: "first" changesets move to the front, "last" to the back, order kept among equals. */
    private static List<ChangeSet> runOrder(List<ChangeSet> changeSets) {
        List<ChangeSet> first = new ArrayList<>();
        List<ChangeSet> middle = new ArrayList<>();
        List<ChangeSet> last = new ArrayList<>();
        for (ChangeSet cs : changeSets) {
            String order = cs.runOrder() == null ? "" : cs.runOrder().trim().toLowerCase(Locale.ROOT);
            (order.equals("first") ? first : order.equals("last") ? last : middle).add(cs);
        }
        first.addAll(middle);
        first.addAll(last);
        return first;
    }
}
