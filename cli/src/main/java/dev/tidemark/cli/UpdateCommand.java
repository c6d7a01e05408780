// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.cli;

import dev.tidemark.Tidemark;
import dev.tidemark.dialect.Dialect;
import dev.tidemark.error.Diagnostic;
import dev.tidemark.error.ErrorCode;
import dev.tidemark.error.TidemarkException;
import dev.tidemark.execute.RunListener;
import dev.tidemark.execute.UpdateOptions;
import dev.tidemark.execute.UpdateResult;
import dev.tidemark.formats.ChangeLogFiles;
import dev.tidemark.formats.ChangeLogParser;
import dev.tidemark.formats.ParseOptions;
import dev.tidemark.formats.ParseResult;
import dev.tidemark.history.TrackingTables;
import dev.tidemark.lock.LockHolder;
import dev.tidemark.lock.LockService;
import dev.tidemark.model.ChangeLog;
import dev.tidemark.model.ChangeSet;
import dev.tidemark.plan.Filters;
import java.net.InetAddress;
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
 * first statement, so a bad changelog changes nothing.
 */
final class UpdateCommand implements Command {
    /** Which of the three commands this is. */
    enum Mode { ALL, COUNT, TO_TAG }

    private final Mode mode;

    UpdateCommand(Mode mode) {
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
        return o;
    }

    @Override
    public int run(CommandLine line, Settings settings, Console console) {
        String file = settings.changeLogFile();
        UpdateOptions options = UpdateOptions.defaults(holder()).withLock(settings.lockWait(), settings.lockPollRate());
        if (mode == Mode.COUNT) {
            options = options.withCount(count(line.getOptionValue("count")));
        }
        if (mode == Mode.TO_TAG) {
            String tag = line.getOptionValue("tag");
            if (tag == null || tag.isBlank()) {
                throw new TidemarkException(ErrorCode.USAGE, "--tag is required");
            }
            options = options.withToTag(tag);
        }
        long started = System.nanoTime();
        try (Database db = Database.open(settings, console)) {
            Dialect dialect = db.dialect();
            ParseOptions parse = settings.parseOptions().withDbms(dialect.shortName());
            ParseResult result = new ChangeLogParser(parse).parse(file);
            if (result.hasErrors()) {
                console.diagnostics(result.diagnostics());
                console.note("Changelog " + file + " is not valid; nothing was changed.");
                return ExitCode.INVALID;
            }
            ChangeLog log = result.changeLog().orElseThrow();
            Tidemark tidemark = new Tidemark(dialect, TrackingTables.defaults().withSchema(settings.defaultSchema().orElse(null)),
                    ChangeLogFiles.of(result, parse), result.properties());
            Filters filters = settings.filters(dialect.shortName());
            List<Diagnostic> problems = new ArrayList<>(result.warnings());
            problems.addAll(tidemark.check(log, filters));
            problems.sort(Diagnostic.ORDER);
            console.diagnostics(problems);
            if (problems.stream().anyMatch(Diagnostic::isError)) {
                console.note("The changelog cannot run on " + dialect.displayName() + "; nothing was changed.");
                return ExitCode.INVALID;
            }
            if (mode == Mode.TO_TAG && log.changeSets().stream().noneMatch(cs -> tags(cs, line.getOptionValue("tag")))) {
                throw new TidemarkException(ErrorCode.USAGE, "no changeset in " + file + " tags '" + line.getOptionValue("tag") + "'");
            }
            UpdateResult r = tidemark.update(log, filters, db.lockSession(), db.work(), options, db.displayUrl(),
                    progress(console), lockListener(console));
            console.endProgress();
            double seconds = (System.nanoTime() - started) / 1e9;
            console.result(String.format(Locale.ROOT, "Update complete on %s: %s applied, %d already ran, %d filtered out%s%s (%.1f s).",
                    dialect.displayName(), Console.count(r.applied(), "changeset"), r.alreadyRan(), r.filtered(),
                    r.failedSkipped() > 0 ? ", " + r.failedSkipped() + " failed and skipped (failOnError=false)" : "",
                    r.upgradedCheckSums() > 0 ? ", " + r.upgradedCheckSums() + " checksums upgraded" : "", seconds));
            return ExitCode.OK;
        } finally {
            console.endProgress();
        }
    }

    private static boolean tags(ChangeSet cs, String tag) {
        return cs.changes().stream().anyMatch(c -> c instanceof dev.tidemark.model.change.TagDatabase
                && tag.equals(((dev.tidemark.model.change.TagDatabase) c).tag()));
    }

    private static int count(String value) {
        try {
            int n = Integer.parseInt(value == null ? "" : value.trim());
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new TidemarkException(ErrorCode.USAGE, "--count takes a whole number of changesets, not '" + value + "'");
        }
    }

    /** LOCKEDBY as Liquibase writes it: host name and address. */
    static String holder() {
        try {
            InetAddress local = InetAddress.getLocalHost();
            return local.getHostName() + " (" + local.getHostAddress() + ")";
        } catch (java.io.IOException e) {
            return "unknown host";
        }
    }

    private static RunListener progress(Console console) {
        return new RunListener() {
            @Override
            public void changeSetStarted(ChangeSet changeSet, int index, int total) {
                console.progress("[" + index + "/" + total + "] " + changeSet.identifier());
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

    private static LockService.Listener lockListener(Console console) {
        return new LockService.Listener() {
            @Override
            public void waiting(LockHolder holder, Duration waited) {
                console.note("Waiting for the change log lock (" + holder.describe() + "); waited " + waited.toSeconds() + " s");
            }

            @Override
            public void tookOver(LockHolder staleHolder) {
                console.note("Took over a stale change log lock: " + staleHolder.describe()
                        + ", and that process's database session is gone");
            }
        };
    }
}
