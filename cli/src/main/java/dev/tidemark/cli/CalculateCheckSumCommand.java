// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.cli;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.dialect.Dialects;
import dev.tidemark.error.ErrorCode;
import dev.tidemark.error.TidemarkException;
import dev.tidemark.model.ChangeSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/**
 * {@code calculate-checksum}: prints the checksum ({@code 9:...}) of one changeset as update
 * would store it on the --url's database, named by {@code --changeset-identifier path::id::author}
 * or by {@code --changeset-path}, {@code --changeset-id} and {@code --changeset-author} together.
 * With {@code offline:<db>} nothing is connected to.
 */
final class CalculateCheckSumCommand implements Command {
    private static final String IDENTIFIER = "changeset-identifier";
    private static final List<String> PARTS = List.of("changeset-path", "changeset-id", "changeset-author");

    @Override
    public String name() {
        return "calculate-checksum";
    }

    @Override
    public String summary() {
        return "print the checksum of one changeset (--changeset-identifier path::id::author)";
    }

    @Override
    public Options options() {
        Options o = new Options();
        o.addOption(Option.builder().longOpt(IDENTIFIER).hasArg().argName("path::id::author")
                .desc("the changeset, as path::id::author").build());
        o.addOption(Option.builder().longOpt("changeset-path").hasArg().argName("path").desc("the changeset's file path").build());
        o.addOption(Option.builder().longOpt("changeset-id").hasArg().argName("id").desc("the changeset's id").build());
        o.addOption(Option.builder().longOpt("changeset-author").hasArg().argName("author").desc("the changeset's author").build());
        return o;
    }

    @Override
    public int run(CommandLine line, Settings settings, Console console) {
        String[] wanted = identity(settings);
        String url = settings.optionalUrl().orElse(null);
        if (url != null && Dialects.isOffline(url)) {
            return print(settings, Targets.offlineDialect(url), wanted, console);
        }
        try (Database db = Database.open(settings, console)) {
            return print(settings, db.dialect(), wanted, console);
        }
    }

    private int print(Settings settings, Dialect dialect, String[] wanted, Console console) {
        LoadedChangeLog loaded = LoadedChangeLog.read(settings, dialect);
        if (!loaded.report(console, "no checksum.")) {
            return ExitCode.INVALID;
        }
        ChangeSet found = find(loaded.changeLog().changeSets(), wanted).orElseThrow(() -> new TidemarkException(ErrorCode.USAGE,
                "no changeset " + wanted[0] + "::" + wanted[1] + "::" + wanted[2] + " in " + loaded.file()));
        console.result(loaded.tidemark().checkSum(found));
        return ExitCode.OK;
    }

    /** {path, id, author} from the options, as Liquibase requires them: the identifier, or all three parts. */
    private static String[] identity(Settings settings) {
        Optional<String> identifier = settings.value(IDENTIFIER);
        boolean anyPart = PARTS.stream().anyMatch(p -> settings.value(p).isPresent());
        if (identifier.isPresent()) {
            if (anyPart) {
                throw new TidemarkException(ErrorCode.USAGE, "--" + IDENTIFIER + " cannot be given with --changeset-path,"
                        + " --changeset-id or --changeset-author");
            }
            // The path may itself hold "::" (it never does in practice); id and author are the last two parts.
            String text = identifier.get();
            int last = text.lastIndexOf("::");
            int middle = last <= 0 ? -1 : text.lastIndexOf("::", last - 1);
            if (middle <= 0 || last + 2 >= text.length() || middle + 2 >= last) {
                throw new TidemarkException(ErrorCode.USAGE, "--" + IDENTIFIER + " takes path::id::author, not '" + text + "'");
            }
            return new String[] {text.substring(0, middle), text.substring(middle + 2, last), text.substring(last + 2)};
        }
        String[] parts = new String[3];
        for (int i = 0; i < 3; i++) {
            String option = PARTS.get(i);
            parts[i] = settings.value(option).filter(v -> !v.isBlank()).orElseThrow(() -> new TidemarkException(ErrorCode.USAGE,
                    "give --" + IDENTIFIER + " path::id::author, or all of --changeset-path, --changeset-id and"
                            + " --changeset-author (missing: --" + option + ")"));
        }
        return parts;
    }

    /** Id and author exactly; the path as written, else with separators normalised, else ignoring case (as Liquibase compares). */
    private static Optional<ChangeSet> find(List<ChangeSet> changeSets, String[] wanted) {
        List<ChangeSet> same = changeSets.stream().filter(cs -> cs.id().equals(wanted[1]) && cs.author().equals(wanted[2])).toList();
        Optional<ChangeSet> exact = same.stream().filter(cs -> cs.filePath().equals(wanted[0])).findFirst();
        if (exact.isPresent()) {
            return exact;
        }
        String path = normal(wanted[0]);
        return same.stream().filter(cs -> normal(cs.filePath()).equals(path)).findFirst();
    }

    private static String normal(String path) {
        String p = path.replace('\\', '/');
        while (p.startsWith("./")) {
            p = p.substring(2);
        }
        return p.toLowerCase(Locale.ROOT);
    }
}
