// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.cli;

import dev.tidemark.Rollbacks;
import dev.tidemark.dialect.Dialect;
import dev.tidemark.dialect.Dialects;
import dev.tidemark.error.ErrorCode;
import dev.tidemark.error.TidemarkException;
import dev.tidemark.execute.RunListener;
import dev.tidemark.model.ChangeSet;
import dev.tidemark.rollback.RollbackSelection;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/**
 * The rollback commands, named and flagged as Liquibase's: {@code rollback --tag},
 * {@code rollback-count --count}, {@code rollback-to-date --date} undo changesets on a live
 * database; their {@code -sql} forms and {@code future-rollback-sql} /
 * {@code future-rollback-count-sql} print the script instead. Every changeset the rollback reaches
 * is checked before anything runs: one without an automatic inverse or a rollback block stops the
 * command with its file and line, and nothing is undone.
 */
final class RollbackCommand implements Command {
    /** Which command this is. */
    enum Kind {
        TAG("rollback", false, "roll back the changesets applied after --tag"),
        TAG_SQL("rollback-sql", true, "print the SQL that rollback --tag would run"),
        COUNT("rollback-count", false, "roll back the last --count changesets applied"),
        COUNT_SQL("rollback-count-sql", true, "print the SQL that rollback-count would run"),
        DATE("rollback-to-date", false, "roll back the changesets applied after --date"),
        DATE_SQL("rollback-to-date-sql", true, "print the SQL that rollback-to-date would run"),
        FUTURE("future-rollback-sql", true, "print the SQL that would roll back the changesets not applied yet"),
        FUTURE_COUNT("future-rollback-count-sql", true, "print the SQL that would roll back the next --count changesets not applied yet");

        final String command;
        final boolean script;
        final String summary;

        Kind(String command, boolean script, String summary) {
            this.command = command;
            this.script = script;
            this.summary = summary;
        }

        boolean tag() {
            return this == TAG || this == TAG_SQL;
        }

        boolean count() {
            return this == COUNT || this == COUNT_SQL || this == FUTURE_COUNT;
        }

        boolean date() {
            return this == DATE || this == DATE_SQL;
        }

        boolean future() {
            return this == FUTURE || this == FUTURE_COUNT;
        }
    }

    static final String ROLLBACK_SCRIPT = "rollback-script";
    private static final List<DateTimeFormatter> DATE_TIMES = List.of(DateTimeFormatter.ISO_LOCAL_DATE_TIME,
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss][.SSSSSSSSS][.SSSSSS][.SSS][.SS][.S]"));

    private final Kind kind;

    RollbackCommand(Kind kind) {
        this.kind = kind;
    }

    @Override
    public String name() {
        return kind.command;
    }

    @Override
    public String summary() {
        return kind.summary;
    }

    @Override
    public Options options() {
        Options o = new Options();
        if (kind.tag()) {
            o.addOption(Option.builder().longOpt("tag").hasArg().argName("tag").desc("the tag to roll back to").build());
            o.addOption(Option.builder().longOpt("tag-version").hasArg().argName("OLDEST|NEWEST")
                    .desc("which row carrying the tag counts when several do (default OLDEST)").build());
            o.addOption(Option.builder().longOpt("include-matching-tag-in-rollback-oldest").optionalArg(true).hasArg()
                    .argName("true|false").desc("with OLDEST, also roll back later rows carrying the same tag").build());
        }
        if (kind.count()) {
            o.addOption(Option.builder().longOpt("count").hasArg().argName("n").desc("how many changesets to roll back").build());
        }
        if (kind.date()) {
            o.addOption(Option.builder().longOpt("date").hasArg().argName("date")
                    .desc("roll back what ran after this local date and time (yyyy-MM-dd, yyyy-MM-ddTHH:mm:ss or 'yyyy-MM-dd HH:mm:ss')")
                    .build());
        }
        if (!kind.future()) {
            o.addOption(Option.builder().longOpt(ROLLBACK_SCRIPT).hasArg().argName("file")
                    .desc("a SQL file to run instead of the computed rollbacks").build());
        }
        if (kind.script) {
            o.addOption(Option.builder().longOpt("output-file").hasArg().argName("file")
                    .desc("write the script to this file instead of standard output").build());
        } else {
            o.addOption(Settings.outputFormatOption());
        }
        return o;
    }

    @Override
    public int run(CommandLine line, Settings settings, Console console) {
        RollbackSelection selection = selection(settings);
        String rollbackScript = kind.future() ? null : rollbackScript(settings);
        return kind.script ? script(settings, console, selection, rollbackScript) : live(settings, console, selection, rollbackScript);
    }

    private RollbackSelection selection(Settings settings) {
        switch (kind) {
            case TAG:
            case TAG_SQL: {
                String version = settings.value("tag-version").orElse("OLDEST").trim().toUpperCase(Locale.ROOT);
                if (!version.equals("OLDEST") && !version.equals("NEWEST")) {
                    throw new TidemarkException(ErrorCode.USAGE, "--tag-version takes OLDEST or NEWEST, not '" + version + "'");
                }
                return RollbackSelection.toTag(Connections.required(settings, "tag"), version.equals("NEWEST"),
                        settings.flag("include-matching-tag-in-rollback-oldest"));
            }
            case COUNT:
            case COUNT_SQL:
                return RollbackSelection.count(Connections.count("count", Connections.required(settings, "count")));
            case FUTURE_COUNT:
                return RollbackSelection.futureCount(Connections.count("count", Connections.required(settings, "count")));
            case DATE:
            case DATE_SQL:
                return RollbackSelection.toDate(date(Connections.required(settings, "date")));
            default:
                return RollbackSelection.future();
        }
    }

    /** A --date as Liquibase reads it: a local date, or a local date and time, in this machine's time zone. */
    static Instant date(String text) {
        String t = text.trim();
        for (DateTimeFormatter f : DATE_TIMES) {
            try {
                return LocalDateTime.parse(t, f).atZone(ZoneId.systemDefault()).toInstant();
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        try {
            return LocalDate.parse(t).atStartOfDay(ZoneId.systemDefault()).toInstant();
        } catch (DateTimeParseException e) {
            throw new TidemarkException(ErrorCode.USAGE, "--date takes yyyy-MM-dd, yyyy-MM-ddTHH:mm:ss or 'yyyy-MM-dd HH:mm:ss',"
                    + " not '" + text + "'");
        }
    }

    /** The --rollback-script file's text, or null when none is given. */
    private static String rollbackScript(Settings settings) {
        String file = settings.value(ROLLBACK_SCRIPT).filter(v -> !v.isBlank()).orElse(null);
        if (file == null) {
            return null;
        }
        Path p = settings.workingDirectory().resolve(file);
        if (!Files.isRegularFile(p)) {
            throw new TidemarkException(ErrorCode.USAGE, "The rollback script '" + file
                    + "' was not located. Please check your parameters. No rollback was performed");
        }
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new TidemarkException(ErrorCode.USAGE, "cannot read the rollback script " + file + ": " + e.getMessage());
        }
    }

    private int live(Settings settings, Console console, RollbackSelection selection, String rollbackScript) {
        boolean json = settings.json();
        long started = System.nanoTime();
        try (Database db = Database.open(settings, console)) {
            LoadedChangeLog loaded = LoadedChangeLog.readFor(settings, db);
            if (!loaded.report(console, "nothing was rolled back.")) {
                return ExitCode.INVALID;
            }
            Dialect dialect = db.dialect();
            List<ChangeSet> done = new ArrayList<>();
            List<ChangeSet> rolledBack = loaded.tidemark().rollbacks().rollback(loaded.changeLog(), loaded.filters(),
                    db.lockSession(), db.work(), settings.lockOptions(), selection, rollbackScript, progress(console, done),
                    Connections.lockListener(console));
            console.endProgress();
            double seconds = (System.nanoTime() - started) / 1e9;
            if (json) {
                console.result(Json.object(name(), g -> {
                    g.writeStringField("database", db.displayUrl());
                    g.writeStringField("dbms", dialect.shortName());
                    g.writeNumberField("rolledBack", rolledBack.size());
                    g.writeArrayFieldStart("changeSets");
                    for (ChangeSet cs : rolledBack) {
                        g.writeStartObject();
                        g.writeStringField("path", cs.filePath());
                        g.writeStringField("id", cs.id());
                        g.writeStringField("author", cs.author());
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                    g.writeNumberField("seconds", Math.round(seconds * 1000) / 1000.0);
                }));
            } else {
                for (ChangeSet cs : rolledBack) {
                    console.result("Rolled back " + cs.identifier());
                }
                console.result(String.format(Locale.ROOT, "Rollback complete on %s: %s rolled back%s (%.1f s).",
                        dialect.displayName(), Console.count(rolledBack.size(), "changeset"),
                        rollbackScript != null ? " by the rollback script" : "", seconds));
            }
            return ExitCode.OK;
        } finally {
            console.endProgress();
        }
    }

    private static RunListener progress(Console console, List<ChangeSet> done) {
        return new RunListener() {
            @Override
            public void changeSetStarted(ChangeSet changeSet, int index, int total) {
                console.progress("rolling back [" + index + "/" + total + "] " + changeSet.identifier());
            }

            @Override
            public void changeSetApplied(ChangeSet changeSet, Duration took) {
                done.add(changeSet);
            }
        };
    }

    private int script(Settings settings, Console console, RollbackSelection selection, String rollbackScript) {
        String url = settings.optionalUrl().orElse(null);
        StringWriter text = new StringWriter();
        int n;
        if (url != null && Dialects.isOffline(url)) {
            LoadedChangeLog loaded = LoadedChangeLog.read(settings, Targets.offlineDialect(url));
            if (!loaded.report(console, "no SQL was written.")) {
                return ExitCode.INVALID;
            }
            n = rollbacks(loaded).script(loaded.changeLog(), loaded.filters(), null, selection, rollbackScript, url, text);
        } else {
            try (Database db = Database.open(settings, console)) {
                LoadedChangeLog loaded = LoadedChangeLog.read(settings, db.dialect(), db.work());
                if (!loaded.report(console, "no SQL was written.")) {
                    return ExitCode.INVALID;
                }
                n = rollbacks(loaded).script(loaded.changeLog(), loaded.filters(), db.work(), selection, rollbackScript,
                        db.displayUrl(), text);
            }
        }
        ScriptCommand.write(settings.value("output-file").orElse(null), settings.workingDirectory(), text.toString(), console);
        console.note(Console.count(n, "changeset") + " in the rollback script.");
        return ExitCode.OK;
    }

    private static Rollbacks rollbacks(LoadedChangeLog loaded) {
        return loaded.tidemark().rollbacks();
    }
}
