// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.cli;

import dev.tidemark.Tidemark;
import dev.tidemark.dialect.Dialect;
import dev.tidemark.dialect.Dialects;
import dev.tidemark.error.ErrorCode;
import dev.tidemark.error.TidemarkException;
import dev.tidemark.execute.PreconditionReport;
import dev.tidemark.execute.RunListener;
import dev.tidemark.model.ChangeLog;
import dev.tidemark.plan.Inspection;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/**
 * The commands that write SQL instead of running it: {@code update-sql} (and its -count and
 * -to-tag forms) print what update would run; {@code changelog-sync-sql},
 * {@code changelog-sync-to-tag-sql} and {@code mark-next-changeset-ran-sql} print only the
 * history rows. Against a live database only the pending changesets are written, and
 * tracking-table DDL only for tables that are missing; against {@code offline:<db>} everything
 * selected is pending. Nothing is changed either way.
 */
final class ScriptCommand implements Command {
    /** Which script. */
    enum Kind {
        UPDATE("update-sql", false, false, false, "print the SQL that update would run (only what is pending on a live --url)"),
        UPDATE_COUNT("update-count-sql", false, true, false, "print the SQL that update-count would run"),
        UPDATE_TO_TAG("update-to-tag-sql", false, false, true, "print the SQL that update-to-tag would run"),
        SYNC("changelog-sync-sql", true, false, false, "print the history rows that changelog-sync would write"),
        SYNC_TO_TAG("changelog-sync-to-tag-sql", true, false, true, "print the history rows that changelog-sync-to-tag would write"),
        MARK_NEXT("mark-next-changeset-ran-sql", true, false, false, "print the history row that mark-next-changeset-ran would write");

        final String command;
        final boolean markOnly;
        final boolean count;
        final boolean toTag;
        final String summary;

        Kind(String command, boolean markOnly, boolean count, boolean toTag, String summary) {
            this.command = command;
            this.markOnly = markOnly;
            this.count = count;
            this.toTag = toTag;
            this.summary = summary;
        }
    }

    private final Kind kind;

    ScriptCommand(Kind kind) {
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
        o.addOption(Option.builder().longOpt("output-file").hasArg().argName("file")
                .desc("write the script to this file instead of standard output").build());
        if (kind.count) {
            o.addOption(Option.builder().longOpt("count").hasArg().argName("n").desc("how many changesets").build());
        }
        if (kind.toTag) {
            o.addOption(Option.builder().longOpt("tag").hasArg().argName("tag").desc("the tag to stop at (included)").build());
        }
        return o;
    }

    @Override
    public int run(CommandLine line, Settings settings, Console console) {
        int count = kind.count ? Connections.count("count", Connections.required(settings, "count"))
                : kind == Kind.MARK_NEXT ? 1 : -1;
        String tag = kind.toTag ? Connections.required(settings, "tag") : null;
        String url = settings.optionalUrl().orElse(null);
        if (url != null && Dialects.isOffline(url)) {
            Dialect dialect = Targets.offlineDialect(url);
            LoadedChangeLog loaded = LoadedChangeLog.read(settings, dialect);
            if (!checked(loaded, tag, console)) {
                return ExitCode.INVALID;
            }
            Inspection state = loaded.tidemark().inspectOffline(loaded.changeLog(), loaded.filters());
            return write(loaded, state, count, tag, url, null, settings, console);
        }
        try (Database db = Database.open(settings, console)) {
            LoadedChangeLog loaded = LoadedChangeLog.read(settings, db.dialect());
            if (!checked(loaded, tag, console)) {
                return ExitCode.INVALID;
            }
            Inspection state = loaded.tidemark().inspect(loaded.changeLog(), loaded.filters(), db.work());
            if (!state.mismatches().isEmpty()) {
                console.diagnostics(state.mismatches());
                console.note("The history in " + db.displayUrl() + " does not match the changelog; no SQL was written.");
                return ExitCode.INVALID;
            }
            return write(loaded, state, count, tag, db.displayUrl(), db.work(), settings, console);
        }
    }

    private boolean checked(LoadedChangeLog loaded, String tag, Console console) {
        if (!loaded.report(console, "no SQL was written.")) {
            return false;
        }
        if (tag != null && loaded.changeLog().changeSets().stream().noneMatch(cs -> ApplyCommand.tags(cs, tag))) {
            throw new TidemarkException(ErrorCode.USAGE, "no changeset in " + loaded.file() + " tags '" + tag + "'");
        }
        return true;
    }

    /** @param live the database the script is for (preconditions with onSqlOutput=TEST ask it), or null offline */
    private int write(LoadedChangeLog loaded, Inspection state, int count, String tag, String target, java.sql.Connection live,
            Settings settings, Console console) {
        ChangeLog log = loaded.changeLog();
        Tidemark tidemark = loaded.tidemark();
        ScriptText script = new ScriptText();
        RunListener warnings = new RunListener() {
            @Override
            public void preconditionsNotMet(PreconditionReport report) {
                console.note("warning: " + report.text());
            }
        };
        int n = tidemark.script(log, loaded.filters(), state, kind.markOnly, count, tag, target, script, live, warnings);
        write(settings.value("output-file").orElse(null), settings.workingDirectory(), script.pieces(), console);
        console.note(Console.count(n, "changeset") + " in the script.");
        return ExitCode.OK;
    }

    static void write(String outputFile, Path workingDirectory, String text, Console console) {
        write(outputFile, workingDirectory, List.of(text), console);
    }

    /**
     * Writes a text given in pieces to the file (UTF-8), or to standard output. Each piece is
     * encoded on its own, which gives the bytes encoding the whole text would as long as no piece
     * ends inside a surrogate pair ({@link ScriptText} sees to that).
     */
    static void write(String outputFile, Path workingDirectory, List<String> pieces, Console console) {
        if (outputFile == null) {
            for (String piece : pieces) {
                console.raw(piece);
            }
            return;
        }
        try {
            Path p = workingDirectory.resolve(outputFile).toAbsolutePath();
            if (p.getParent() != null) {
                Files.createDirectories(p.getParent());
            }
            try (OutputStream out = Files.newOutputStream(p)) {
                for (String piece : pieces) {
                    // getBytes replaces an unpaired surrogate with '?', as an OutputStreamWriter does
                    out.write(piece.getBytes(StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new TidemarkException(ErrorCode.WRITE_FAILED, "cannot write " + outputFile + ": " + e.getMessage());
        }
    }

    /**
     * The script as it is written: kept in memory until it is complete (a run that fails writes no
     * file), as the pieces the writer was handed rather than copied into one growing buffer, then
     * into a String, then through an encoder (some 6 MB for 10,000 changesets, each copy an
     * allocation too large for the young generation).
     */
    static final class ScriptText extends Writer {
        private final List<String> pieces = new ArrayList<>();
        /** A high surrogate that ended the last piece, held until its low surrogate comes. */
        private String heldSurrogate = "";

        @Override
        public void write(String text, int off, int len) {
            add(off == 0 && len == text.length() ? text : text.substring(off, off + len));
        }

        @Override
        public void write(char[] chars, int off, int len) {
            add(new String(chars, off, len));
        }

        private void add(String text) {
            String piece = heldSurrogate.isEmpty() ? text : heldSurrogate + text;
            heldSurrogate = "";
            int last = piece.length() - 1;
            if (last >= 0 && Character.isHighSurrogate(piece.charAt(last))) {
                heldSurrogate = piece.substring(last);
                piece = piece.substring(0, last);
            }
            if (!piece.isEmpty()) {
                pieces.add(piece);
            }
        }

        /** The text written, in order. */
        List<String> pieces() {
            List<String> all = new ArrayList<>(pieces);
            if (!heldSurrogate.isEmpty()) {
                all.add(heldSurrogate);
            }
            return all;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
