// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.cli;

import dev.tidemark.Tidemark;
import dev.tidemark.dialect.Dialect;
import dev.tidemark.error.Diagnostic;
import dev.tidemark.formats.ChangeLogFiles;
import dev.tidemark.formats.ChangeLogParser;
import dev.tidemark.formats.ParseOptions;
import dev.tidemark.formats.ParseResult;
import dev.tidemark.model.ChangeLog;
import dev.tidemark.plan.Filters;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A command's changelog, read and, for a database, checked by rendering every selected
 * changeset; with the engine wired to the settings (tracking tables, files, parameters). Every
 * problem is collected, none printed: the command decides how to show them.
 */
final class LoadedChangeLog {
    private final String file;
    private final ParseResult result;
    private final List<Diagnostic> diagnostics;
    private final Tidemark tidemark;
    private final Filters filters;

    private LoadedChangeLog(String file, ParseResult result, List<Diagnostic> diagnostics, Tidemark tidemark, Filters filters) {
        this.file = file;
        this.result = result;
        this.diagnostics = diagnostics;
        this.tidemark = tidemark;
        this.filters = filters;
    }

    /**
     * Reads --changelog-file and, when {@code dialect} is given, checks it for that database.
     *
     * @param dialect null to read only (validate without --url)
     */
    static LoadedChangeLog read(Settings settings, Dialect dialect) {
        return read(settings, dialect, null);
    }

    /**
     * Reads the changelog for a live database while, on another thread, the database is reached,
     * its dialect detected and its history read: the two take similar time, so a no-op update of a
     * long changelog costs about one of them. The changelog is parsed for the database the URL
     * names; in the rare case the connection says otherwise (a MySQL URL reaching MariaDB), it is
     * parsed again for the real one.
     */
    static LoadedChangeLog readFor(Settings settings, Database db) {
        java.util.concurrent.CompletableFuture<Dialect> dialect =
                java.util.concurrent.CompletableFuture.supplyAsync(db::dialect);
        java.util.concurrent.CompletableFuture<java.util.Set<String>> ran = dialect.thenApply(d ->
                engineWithoutChangeLog(settings, d).alreadyRan(db.work()));
        String guess = db.urlDbms().orElse(null);
        ParseResult early = guess == null ? null
                : new ChangeLogParser(settings.parseOptions().withDbms(guess)).parse(settings.changeLogFile());
        Dialect actual = join(dialect);
        java.util.Set<String> alreadyRan = join(ran);
        ParseResult result = early != null && guess.equals(actual.shortName()) ? early : null;
        return read(settings, actual, result, alreadyRan);
    }

    private static <T> T join(java.util.concurrent.CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException) {
                throw (RuntimeException) e.getCause();
            }
            throw e;
        }
    }

    /**
     * As above, for a live database: changesets its history says ran (and that will not run again)
     * are not checked again, which keeps a no-op update of a long changelog quick.
     */
    static LoadedChangeLog read(Settings settings, Dialect dialect, java.sql.Connection history) {
        Tidemark probe = dialect == null || history == null ? null : engineWithoutChangeLog(settings, dialect);
        return read(settings, dialect, null, probe == null ? java.util.Set.of() : probe.alreadyRan(history));
    }

    private static LoadedChangeLog read(Settings settings, Dialect dialect, ParseResult parsed,
            java.util.Set<String> alreadyRan) {
        String file = settings.changeLogFile();
        ParseOptions parse = dialect == null ? settings.parseOptions() : settings.parseOptions().withDbms(dialect.shortName());
        ParseResult result = parsed != null ? parsed : new ChangeLogParser(parse).parse(file);
        List<Diagnostic> all = new ArrayList<>(result.diagnostics());
        Tidemark tidemark = null;
        Filters filters = null;
        if (dialect != null) {
            tidemark = new Tidemark(dialect, settings.trackingTables(), ChangeLogFiles.of(result, parse), result.properties());
            filters = settings.filters(dialect.shortName());
            if (!result.hasErrors()) {
                all.addAll(tidemark.check(result.changeLog().orElseThrow(), filters, alreadyRan));
            }
        }
        all.sort(Diagnostic.ORDER);
        return new LoadedChangeLog(file, result, List.copyOf(all), tidemark, filters);
    }

    /** The engine for commands that read no changelog (history, tag, locks): it reads no files. */
    static Tidemark engineWithoutChangeLog(Settings settings, Dialect dialect) {
        return new Tidemark(dialect, settings.trackingTables(), (path, relative, from) -> {
            throw new IllegalStateException("no changelog was read, so no file can be");
        }, UnaryOperator.identity());
    }

    /** The --changelog-file as given. */
    String file() {
        return file;
    }

    boolean valid() {
        return diagnostics.stream().noneMatch(Diagnostic::isError);
    }

    /** Errors and warnings of reading and checking, in file order. */
    List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    ChangeLog changeLog() {
        return result.orThrow();
    }

    /** The engine for the database (null when read without one). */
    Tidemark tidemark() {
        return tidemark;
    }

    Filters filters() {
        return filters;
    }

    /**
     * Prints the diagnostics; when there are errors, also why nothing happens ({@code "Changelog F
     * is not valid; <consequence>"}, or that it cannot run on the database) and returns false.
     */
    boolean report(Console console, String consequence) {
        console.diagnostics(diagnostics);
        if (valid()) {
            return true;
        }
        if (result.hasErrors() || tidemark == null) {
            console.note("Changelog " + file + " is not valid; " + consequence);
        } else {
            console.note("The changelog cannot run on " + tidemark.dialect().displayName() + "; " + consequence);
        }
        return false;
    }
}
