// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.cli;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.error.ErrorCode;
import dev.tidemark.error.TidemarkException;
import dev.tidemark.execute.PreconditionReport;
import dev.tidemark.execute.RunListener;
import dev.tidemark.execute.UpdateOptions;
import dev.tidemark.execute.UpdateResult;
import dev.tidemark.model.ChangeLog;
import dev.tidemark.model.ChangeSet;
import dev.tidemark.model.change.TagDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/**
 * {@code update}, {@code update-count} and {@code update-to-tag}: apply pending changesets to a
 * live database. The whole changelog is read and checked before the lock is taken and before the
 * first statement, so a bad changelog changes nothing. Text or JSON output.
 */
final class ApplyCommand implements Command {
    /** Which of the three commands this is. */
    enum Mode { ALL, COUNT, TO_TAG }

    private final Mode mode;

    ApplyCommand(Mode mode) {
        this.mode = mode;
    }

    @Override
    public String name() {
        return mode == Mode.ALL ? "update" : mode == Mode.COUNT ? "update-count" : "update-to-tag";
    }

    @Override
    public String summary() {
        switch (mode) {
            case COUNT:
                return "apply the next --count pending changesets";
            case TO_TAG:
                return "apply pending changesets up to and including the one that tags --tag";
            default:
                return "apply every pending changeset (embedded H2 in ./.tidemark/ when no --url is given)";
        }
    }

    @Override
    public Options options() {
        Options o = new Options();
        if (mode == Mode.COUNT) {
            o.addOption(Option.builder().longOpt("count").hasArg().argName("n").desc("how many changesets to apply").build());
        }
        if (mode == Mode.TO_TAG) {
            o.addOption(Option.builder().longOpt("tag").hasArg().argName("tag").desc("the tag to stop at").build());
        }
        o.addOption(Settings.outputFormatOption());
        return o;
    }

    @Override
    public int run(CommandLine line, Settings settings, Console console) {
        boolean json = settings.json();
        UpdateOptions options = settings.lockOptions();
        if (mode == Mode.COUNT) {
            options = options.withCount(Connections.count("count", Connections.required(settings, "count")));
        }
        String tag = mode == Mode.TO_TAG ? Connections.required(settings, "tag") : null;
        options = options.withToTag(tag);
        long started = System.nanoTime();
        try (Database db = Database.open(settings, console)) {
            LoadedChangeLog loaded = LoadedChangeLog.readFor(settings, db);
            Dialect dialect = db.dialect();
            if (!loaded.report(console, "nothing was changed.")) {
                return ExitCode.INVALID;
            }
            ChangeLog log = loaded.changeLog();
            if (tag != null && log.changeSets().stream().noneMatch(cs -> tags(cs, tag))) {
                throw new TidemarkException(ErrorCode.USAGE, "no changeset in " + loaded.file() + " tags '" + tag + "'");
            }
            List<ChangeSet> applied = new ArrayList<>();
            List<Duration> took = new ArrayList<>();
            List<PreconditionReport> preconditions = new ArrayList<>();
            UpdateResult r = loaded.tidemark().update(log, loaded.filters(), db.lockSession(), db.work(), options,
                    db.displayUrl(), listener(console, applied, took, preconditions), Connections.lockListener(console));
            long markedRan = preconditions.stream().filter(p -> p.changeSet() != null && p.action().equals("MARK_RAN")).count();
            long skipped = preconditions.stream().filter(p -> p.changeSet() != null && p.action().equals("CONTINUE")).count();
            console.endProgress();
            double seconds = (System.nanoTime() - started) / 1e9;
            if (json) {
                console.result(Json.object(name(), g -> {
                    g.writeStringField("database", db.displayUrl());
                    g.writeStringField("dbms", dialect.shortName());
                    g.writeNumberField("applied", r.applied());
                    g.writeNumberField("alreadyRan", r.alreadyRan());
                    g.writeNumberField("filtered", r.filtered());
                    g.writeNumberField("failedSkipped", r.failedSkipped());
                    g.writeNumberField("upgradedCheckSums", r.upgradedCheckSums());
                    g.writeArrayFieldStart("changeSets");
                    for (int i = 0; i < applied.size(); i++) {
                        ChangeSet cs = applied.get(i);
                        g.writeStartObject();
                        g.writeStringField("path", cs.filePath());
                        g.writeStringField("id", cs.id());
                        g.writeStringField("author", cs.author());
                        g.writeNumberField("milliseconds", took.get(i).toMillis());
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                    g.writeNumberField("markedRan", markedRan);
                    g.writeNumberField("skippedByPreconditions", skipped);
                    g.writeArrayFieldStart("preconditions");
                    for (PreconditionReport p : preconditions) {
                        g.writeStartObject();
                        g.writeStringField("location", p.location().toString());
                        if (p.changeSet() != null) {
                            g.writeStringField("changeSet", p.changeSet().identifier());
                        }
                        g.writeStringField("outcome", p.errored() ? "error" : "failed");
                        g.writeStringField("action", p.action());
                        g.writeStringField("message", p.message());
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                    g.writeNumberField("seconds", Math.round(seconds * 1000) / 1000.0);
                }));
            } else {
                console.result(String.format(Locale.ROOT, "Update complete on %s: %s applied, %d already ran, %d filtered out%s%s%s (%.1f s).",
                        dialect.displayName(), Console.count(r.applied(), "changeset"), r.alreadyRan(), r.filtered(),
                        markedRan + skipped > 0 ? ", " + markedRan + " marked ran and " + skipped + " skipped by preconditions" : "",
                        r.failedSkipped() > 0 ? ", " + r.failedSkipped() + " failed and skipped (failOnError=false)" : "",
                        r.upgradedCheckSums() > 0 ? ", " + r.upgradedCheckSums() + " checksums upgraded" : "", seconds));
            }
            return ExitCode.OK;
        } finally {
            console.endProgress();
        }
    }

    static boolean tags(ChangeSet cs, String tag) {
        return cs.changes().stream().anyMatch(c -> c instanceof TagDatabase && tag.equals(((TagDatabase) c).tag()));
    }

    private static RunListener listener(Console console, List<ChangeSet> applied, List<Duration> took,
            List<PreconditionReport> preconditions) {
        return new RunListener() {
            @Override
            public void preconditionsNotMet(PreconditionReport report) {
                preconditions.add(report);
                console.note("warning: " + report.text());
            }

            @Override
            public void changeSetStarted(ChangeSet changeSet, int index, int total) {
                console.progress("[" + index + "/" + total + "] " + changeSet.identifier());
            }

            @Override
            public void changeSetApplied(ChangeSet changeSet, Duration duration) {
                applied.add(changeSet);
                took.add(duration);
            }

            @Override
            public void changeSetFailedAndSkipped(ChangeSet changeSet, String message) {
                console.note("warning: " + message + " (failOnError=false: rolled back where possible, not recorded)");
            }

            @Override
            public void note(String text) {
                console.note(text);
            }
        };
    }
}
