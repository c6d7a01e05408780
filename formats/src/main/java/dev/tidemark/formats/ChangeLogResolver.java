// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.formats;

import dev.tidemark.error.Diagnostic;
import dev.tidemark.error.ErrorCode;
import dev.tidemark.formats.mapping.ChangeLogMapper;
import dev.tidemark.formats.mapping.ChangeLogParameters;
import dev.tidemark.formats.mapping.LogicalPaths;
import dev.tidemark.formats.tree.ParsedTree;
import dev.tidemark.formats.tree.SourceText;
import dev.tidemark.model.ChangeLogEntry;
import dev.tidemark.model.ChangeLogFile;
import dev.tidemark.model.ChangeSet;
import dev.tidemark.model.DbmsList;
import dev.tidemark.model.Include;
import dev.tidemark.model.IncludeAll;
import dev.tidemark.model.ModifyChangeSets;
import dev.tidemark.model.Preconditions;
import dev.tidemark.model.Property;
import dev.tidemark.model.RemoveChangeSetProperty;
import dev.tidemark.model.SourceLocation;
import dev.tidemark.model.change.Change;
import dev.tidemark.model.meta.RecordShape;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Reads a root changelog and everything it includes, depth first in file order, and flattens the
 * changesets with what they inherit: context and label filters of the changelogs and includes
 * above them, and an include's logicalFilePath. One instance serves one parse.
 */
final class ChangeLogResolver {
    private final ParseOptions options;
    private final ResourceLocator locator;
    private final ChangeLogFormats formats = new ChangeLogFormats();
    private final ChangeLogParameters parameters;
    private final List<Diagnostic> diagnostics;

    final List<ChangeSet> changeSets = new ArrayList<>();
    final List<Preconditions> preconditions = new ArrayList<>();
    final Map<String, ChangeLogFile> files = new LinkedHashMap<>();
    final Map<String, Path> physicalPaths = new HashMap<>();
    private final List<RemoveChangeSetProperty> removals = new ArrayList<>();

    /**
     * What the changelogs and includes above a file pass down to its changesets: context and label
     * filters, the innermost include's logicalFilePath, and the nearest including changelog's own
     * logicalFilePath (which, as in Liquibase 4.33, wins over an include's).
     */
    private record Inherited(List<String> contexts, List<String> labels, String logicalFilePath, String ancestorLogicalFilePath) {
        Inherited plus(String context, String label, String logical) {
            List<String> c = new ArrayList<>(contexts);
            if (context != null && !context.isBlank()) {
                c.add(context.trim());
            }
            List<String> l = new ArrayList<>(labels);
            if (label != null && !label.isBlank()) {
                l.add(label.trim());
            }
            return new Inherited(c, l, logical != null ? logical : logicalFilePath, ancestorLogicalFilePath);
        }

        /** Below a changelog that has its own logicalFilePath, that path is the nearest ancestor's. */
        Inherited below(ChangeLogFile file) {
            return file.logicalFilePath() == null || file.logicalFilePath().isBlank() ? this
                    : new Inherited(contexts, labels, logicalFilePath, LogicalPaths.normalize(file.logicalFilePath()));
        }

        /** The path an included changeset without a logicalFilePath of its own (or of its file's) takes, or null. */
        String relocation() {
            return ancestorLogicalFilePath != null ? ancestorLogicalFilePath : logicalFilePath;
        }
    }

    ChangeLogResolver(ParseOptions options, ChangeLogParameters parameters, List<Diagnostic> diagnostics) {
        this.options = options;
        this.locator = new ResourceLocator(options.searchPath());
        this.parameters = parameters;
        this.diagnostics = diagnostics;
    }

    /** Reads the root file and its includes. */
    void resolve(String rootPath) {
        String display = ResourceLocator.normalize(rootPath.replace('\\', '/'));
        Optional<Path> physical = locator.find(rootPath);
        if (physical.isEmpty()) {
            diagnostics.add(Diagnostic.error(ErrorCode.FILE_NOT_FOUND, SourceLocation.ofFile(display),
                    "changelog file not found" + searchPathNote()));
            return;
        }
        readFile(display, physical.get(), new Inherited(List.of(), List.of(), null, null), new ArrayList<>());
    }

    private String searchPathNote() {
        return " (looked in " + options.searchPath().stream().map(Path::toString).reduce((a, b) -> a + ", " + b).orElse("")
                + ")";
    }

    private void readFile(String display, Path physical, Inherited inherited, List<Path> stack) {
        ChangeLogFile.Format format = ChangeLogFormats.of(display).orElse(null);
        if (format == null) {
            diagnostics.add(Diagnostic.error(ErrorCode.READ_FAILED, SourceLocation.ofFile(display),
                    "not a changelog file: the name must end in .xml, .yaml, .yml, .json or .sql"));
            return;
        }
        String text;
        try {
            text = ResourceLocator.read(physical, null);
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error(ErrorCode.READ_FAILED, SourceLocation.ofFile(display),
                    "cannot read the file: " + e.getMessage()));
            return;
        }
        Optional<dev.tidemark.formats.tree.TreeReader> reader = formats.reader(format);
        if (reader.isEmpty()) {
            diagnostics.add(Diagnostic.error(ErrorCode.UNSUPPORTED, SourceLocation.ofFile(display), format + " changelogs are not readable yet"));
            return;
        }
        Optional<ParsedTree> tree = reader.get().read(new SourceText(display, text), diagnostics);
        if (tree.isEmpty()) {
            return;
        }
        parameters.enterFile();
        try {
            ChangeLogMapper mapper = new ChangeLogMapper(tree.get(), diagnostics, parameters, options.strict(),
                    p -> loadPropertyFile(p, physical), this::propertyApplies);
            ChangeLogFile file = mapper.map(tree.get().root(), display, format);
            files.putIfAbsent(display, file);
            physicalPaths.putIfAbsent(display, physical);
            Inherited here = inherited.plus(file.contextFilter(), null, null);
            stack.add(physical.toAbsolutePath().normalize());
            entries(file.entries(), display, physical, here, file, stack);
            stack.remove(stack.size() - 1);
        } finally {
            parameters.leaveFile();
        }
    }

    private void entries(List<ChangeLogEntry> entries, String display, Path physical, Inherited here, ChangeLogFile file,
            List<Path> stack) {
        for (ChangeLogEntry entry : entries) {
            if (entry instanceof ChangeSet) {
                addChangeSet((ChangeSet) entry, here, file);
            } else if (entry instanceof Include) {
                include((Include) entry, display, physical, here.below(file), stack);
            } else if (entry instanceof IncludeAll) {
                includeAll((IncludeAll) entry, display, physical, here.below(file), stack);
            } else if (entry instanceof Preconditions) {
                preconditions.add((Preconditions) entry);
            } else if (entry instanceof ModifyChangeSets) {
                modifyChangeSets((ModifyChangeSets) entry, display, physical, here, file, stack);
            } else if (entry instanceof RemoveChangeSetProperty) {
                removals.add((RemoveChangeSetProperty) entry);
            }
            // Property entries took effect while the file was mapped.
        }
    }

    /**
     * Liquibase 4.33's identity path for an included changeset that has no logicalFilePath of its
     * own and whose file has none: the nearest including changelog's logicalFilePath, else the
     * innermost include's; raw SQL files keep theirs. (A changeset that already ran under its
     * file's path keeps that path; the engine decides that against the history.)
     */
    private void addChangeSet(ChangeSet changeSet, Inherited here, ChangeLogFile file) {
        ChangeSet cs = changeSet;
        boolean fileHasLogical = file.logicalFilePath() != null && !file.logicalFilePath().isBlank();
        boolean raw = file.format() == ChangeLogFile.Format.SQL && "raw".equals(cs.id()) && "includeAll".equals(cs.author());
        if (here.relocation() != null && cs.logicalFilePath() == null && !fileHasLogical && !raw) {
            cs = cs.withFilePath(here.relocation());
        }
        cs = cs.withInherited(here.contexts(), here.labels());
        for (RemoveChangeSetProperty removal : removals) {
            cs = applyRemoval(cs, removal);
        }
        changeSets.add(cs);
    }

    /** {@code removeChangeSetProperty}: drops an attribute of one change type when the target database matches. */
    private ChangeSet applyRemoval(ChangeSet cs, RemoveChangeSetProperty removal) {
        if (options.dbms() == null || !DbmsList.parse(removal.dbms()).matches(options.dbms())) {
            return cs;
        }
        List<Change> changes = new ArrayList<>();
        boolean changed = false;
        for (Change c : cs.changes()) {
            RecordShape shape = RecordShape.of(c.getClass());
            if (c.changeType().name().equals(removal.change()) && shape.attribute(removal.remove()).isPresent()) {
                changes.add((Change) shape.with(c, shape.attribute(removal.remove()).get().componentName(), null));
                changed = true;
            } else {
                changes.add(c);
            }
        }
        return changed ? (ChangeSet) RecordShape.of(ChangeSet.class).with(cs, "changes", changes) : cs;
    }

    private void include(Include include, String display, Path physical, Inherited here, List<Path> stack) {
        if (Boolean.TRUE.equals(include.ignore())) {
            return;
        }
        boolean relative = Boolean.TRUE.equals(include.relativeToChangelogFile());
        String childDisplay = ResourceLocator.displayPath(include.file(), display, relative);
        Optional<Path> child = locator.find(include.file(), physical, relative);
        if (child.isEmpty()) {
            boolean required = !Boolean.FALSE.equals(include.errorIfMissing());
            String message = "included file '" + include.file() + "' not found"
                    + (relative ? " next to " + display : searchPathNote());
            diagnostics.add(required ? Diagnostic.error(ErrorCode.FILE_NOT_FOUND, include.location(), message)
                    : Diagnostic.warning(ErrorCode.FILE_NOT_FOUND, include.location(), message + "; skipped (errorIfMissing=false)"));
            return;
        }
        if (cycle(child.get(), childDisplay, include.location(), stack)) {
            return;
        }
        readFile(childDisplay, child.get(), here.plus(include.contextFilter(), include.labels(),
                include.logicalFilePath()), stack);
    }

    private boolean cycle(Path child, String childDisplay, SourceLocation where, List<Path> stack) {
        Path key = child.toAbsolutePath().normalize();
        int at = stack.indexOf(key);
        if (at < 0) {
            return false;
        }
        List<String> chain = new ArrayList<>();
        for (int i = at; i < stack.size(); i++) {
            chain.add(displayOf(stack.get(i)));
        }
        chain.add(childDisplay);
        diagnostics.add(Diagnostic.error(ErrorCode.INCLUDE_CYCLE, where, "include cycle: " + String.join(" -> ", chain)));
        return true;
    }

    private String displayOf(Path physical) {
        for (Map.Entry<String, Path> e : physicalPaths.entrySet()) {
            if (e.getValue().toAbsolutePath().normalize().equals(physical)) {
                return e.getKey();
            }
        }
        return physical.toString();
    }

    private void includeAll(IncludeAll includeAll, String display, Path physical, Inherited here, List<Path> stack) {
        if (Boolean.TRUE.equals(includeAll.ignore())) {
            return;
        }
        if (includeAll.resourceComparator() != null || includeAll.filter() != null) {
            diagnostics.add(Diagnostic.error(ErrorCode.UNSUPPORTED, includeAll.location(),
                    "includeAll's resourceComparator and filter name Java classes, which Tidemark does not load;"
                            + " use endsWithFilter, minDepth and maxDepth"));
            return;
        }
        boolean relative = Boolean.TRUE.equals(includeAll.relativeToChangelogFile());
        String folderDisplay = ResourceLocator.displayPath(includeAll.path(), display, relative);
        Optional<Path> folder = locator.find(includeAll.path(), physical, relative).filter(Files::isDirectory);
        List<String[]> found = new ArrayList<>();
        if (folder.isPresent()) {
            int min = includeAll.minDepth() == null ? 0 : includeAll.minDepth();
            int max = includeAll.maxDepth() == null ? Integer.MAX_VALUE : includeAll.maxDepth();
            try (Stream<Path> walk = Files.walk(folder.get())) {
                walk.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).forEach(f -> {
                    Path rel = folder.get().relativize(f);
                    int depth = rel.getNameCount();
                    String relText = rel.toString().replace('\\', '/');
                    if (depth < Math.max(1, min) || depth > max) {
                        return;
                    }
                    if (includeAll.endsWithFilter() != null && !relText.endsWith(includeAll.endsWithFilter())) {
                        return;
                    }
                    String childDisplay = ResourceLocator.normalize(folderDisplay + "/" + relText);
                    if (ChangeLogFormats.of(relText).isEmpty()) {
                        diagnostics.add(Diagnostic.warning(ErrorCode.READ_FAILED, includeAll.location(),
                                "includeAll skips '" + childDisplay + "': not a changelog file"));
                        return;
                    }
                    if (f.toAbsolutePath().normalize().equals(physical.toAbsolutePath().normalize())) {
                        return;
                    }
                    found.add(new String[] {childDisplay, f.toString()});
                });
            } catch (IOException e) {
                diagnostics.add(Diagnostic.error(ErrorCode.READ_FAILED, includeAll.location(),
                        "cannot list '" + folderDisplay + "': " + e.getMessage()));
                return;
            }
        }
        if (found.isEmpty()) {
            boolean required = !Boolean.FALSE.equals(includeAll.errorIfMissingOrEmpty());
            String message = "includeAll folder '" + includeAll.path() + "' " + (folder.isEmpty() ? "not found" : "has no changelog files");
            diagnostics.add(required ? Diagnostic.error(ErrorCode.FILE_NOT_FOUND, includeAll.location(), message)
                    : Diagnostic.warning(ErrorCode.FILE_NOT_FOUND, includeAll.location(), message));
            return;
        }
        found.sort((a, b) -> a[0].compareTo(b[0]));
        Inherited below = here.plus(includeAll.contextFilter(), includeAll.labels(), includeAll.logicalFilePath());
        for (String[] f : found) {
            Path p = Path.of(f[1]);
            if (!cycle(p, f[0], includeAll.location(), stack)) {
                readFile(f[0], p, below, stack);
            }
        }
    }

    private void modifyChangeSets(ModifyChangeSets modify, String display, Path physical, Inherited here, ChangeLogFile file,
            List<Path> stack) {
        int from = changeSets.size();
        entries(modify.entries(), display, physical, here, file, stack);
        RecordShape shape = RecordShape.of(ChangeSet.class);
        for (int i = from; i < changeSets.size(); i++) {
            ChangeSet cs = changeSets.get(i);
            if (modify.runWith() != null && cs.runWith() == null) {
                cs = (ChangeSet) shape.with(cs, "runWith", modify.runWith());
            }
            if (modify.runWithSpoolFile() != null && cs.runWithSpoolFile() == null) {
                cs = (ChangeSet) shape.with(cs, "runWithSpoolFile", modify.runWithSpoolFile());
            }
            if (modify.endDelimiter() != null || modify.stripComments() != null) {
                cs = withSqlSettings(cs, modify);
            }
            changeSets.set(i, cs);
        }
    }

    /** Gives sql and sqlFile changes the wrapper's endDelimiter and stripComments where they set none. */
    private static ChangeSet withSqlSettings(ChangeSet cs, ModifyChangeSets modify) {
        List<Change> changes = new ArrayList<>();
        for (Change c : cs.changes()) {
            RecordShape shape = RecordShape.of(c.getClass());
            Change out = c;
            if (modify.endDelimiter() != null && shape.attribute("endDelimiter").isPresent()
                    && shape.attribute("endDelimiter").get().read(out) == null) {
                out = (Change) shape.with(out, "endDelimiter", modify.endDelimiter());
            }
            if (modify.stripComments() != null && shape.attribute("stripComments").isPresent()
                    && shape.attribute("stripComments").get().read(out) == null) {
                out = (Change) shape.with(out, "stripComments", modify.stripComments());
            }
            changes.add(out);
        }
        return (ChangeSet) RecordShape.of(ChangeSet.class).with(cs, "changes", changes);
    }

    /** Liquibase's filter on changelog properties: dbms (when the database is known), contexts and labels of the run. */
    private boolean propertyApplies(Property p) {
        return dev.tidemark.plan.Filters.of(options.contexts(), options.labels(), options.dbms())
                .selectsProperty(p.contextFilter(), p.labels(), p.dbms());
    }

    private Map<String, String> loadPropertyFile(Property p, Path from) {
        boolean relative = Boolean.TRUE.equals(p.relativeToChangelogFile());
        Optional<Path> file = locator.find(p.file(), from, relative);
        if (file.isEmpty()) {
            if (!Boolean.FALSE.equals(p.errorIfMissing())) {
                diagnostics.add(Diagnostic.error(ErrorCode.FILE_NOT_FOUND, p.location(), "property file '" + p.file() + "' not found"));
            }
            return Map.of();
        }
        Properties props = new Properties();
        try (Reader r = Files.newBufferedReader(file.get())) {
            props.load(r);
        } catch (IOException | IllegalArgumentException e) {
            diagnostics.add(Diagnostic.error(ErrorCode.READ_FAILED, p.location(), "cannot read property file '" + p.file() + "': " + e.getMessage()));
            return Map.of();
        }
        Map<String, String> out = new LinkedHashMap<>();
        props.stringPropertyNames().stream().sorted().forEach(k -> out.put(k, props.getProperty(k)));
        return out;
    }
}
