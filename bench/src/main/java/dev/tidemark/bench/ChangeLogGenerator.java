// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.bench;

import dev.tidemark.dialect.DatabaseVersion;
import dev.tidemark.dialect.Dialect;
import dev.tidemark.dialect.Dialects;
import dev.tidemark.model.ChangeLogEntry;
import dev.tidemark.model.ChangeLogFile;
import dev.tidemark.model.ChangeSet;
import dev.tidemark.model.SourceLocation;
import dev.tidemark.model.change.Change;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;

/**
 * Generates a realistic changelog of N changesets, one change each, as model records, and writes it
 * with the project's writers. A seeded {@link Random} drives every choice, so a size, mix and seed
 * always give the same files. Changes only refer to what earlier changes created, and inserted rows
 * satisfy the foreign keys added later, so the changelog would also run on a real database.
 *
 * <p>Extension points: a new kind of change is a {@link ChangeRecipe} in the {@link Mix}; another
 * rendering of the same changes (plain SQL per dialect) is a {@link ChangeLogOutput}.
 *
 * <p>{@code java -cp tidemark-bench.jar dev.tidemark.bench.ChangeLogGenerator generate <N> <dir>}
 * writes {@code <dir>/changelog.yaml}, {@code .json} and {@code .xml}.
 */
public final class ChangeLogGenerator {
    /** The seed of the published figures; change it only together with bench/results. */
    public static final long DEFAULT_SEED = 20_250_601L;
    private static final String MODEL_PATH = "changelog.yaml";
    private static final List<String> AUTHORS = List.of("alice", "bob", "carol", "dmitri", "eun-ji");

    private final Mix mix;
    private final long seed;

    ChangeLogGenerator(Mix mix, long seed) {
        this.mix = Objects.requireNonNull(mix, "mix");
        this.seed = seed;
    }

    /** The standard mix with the default seed. */
    public static ChangeLogGenerator standard() {
        return new ChangeLogGenerator(Mix.standard(), DEFAULT_SEED);
    }

    /** A changelog of {@code changeSets} changesets (path {@code changelog.yaml}). */
    public ChangeLogFile generate(int changeSets) {
        if (changeSets < 1) {
            throw new IllegalArgumentException("at least one changeset: " + changeSets);
        }
        Random random = new Random(seed);
        SchemaState schema = new SchemaState();
        SourceLocation at = SourceLocation.ofFile(MODEL_PATH);
        List<ChangeLogEntry> entries = new ArrayList<>(changeSets);
        for (int i = 1; i <= changeSets; i++) {
            ChangeRecipe recipe = mix.pick(random, schema);
            Change change = recipe.make(schema, random, at);
            String comment = random.nextInt(10) == 0 ? recipe.name() + " number " + i : null;
            entries.add(ModelRecords.create(ChangeSet.class, at,
                    "filePath", MODEL_PATH,
                    "id", i + "-" + recipe.name(),
                    "author", AUTHORS.get(random.nextInt(AUTHORS.size())),
                    "comment", comment,
                    "changes", List.of(change)));
        }
        return new ChangeLogFile(MODEL_PATH, ChangeLogFile.Format.YAML, null, null, null, null, entries);
    }

    /** Generates once and writes every output into {@code dir} (created if missing); returns the files. */
    public List<Path> write(int changeSets, Path dir) {
        return write(generate(changeSets), dir, FormatOutput.standard());
    }

    /**
     * Writes {@code changeLog} in every format into {@code dir}, and as plain SQL for each of
     * {@code sqlFor} ({@link PlainSql}); returns what was written.
     */
    public static List<Path> writeWithSql(ChangeLogFile changeLog, Path dir, List<Dialect> sqlFor) {
        List<Path> written = new ArrayList<>(write(changeLog, dir, FormatOutput.standard()));
        for (Dialect d : sqlFor) {
            written.addAll(new PlainSql(d).write(changeLog, dir));
        }
        return written;
    }

    /** The last {@code count} changesets of {@code changeLog} as a changelog of their own (same path). */
    public static ChangeLogFile tail(ChangeLogFile changeLog, int count) {
        List<ChangeLogEntry> entries = changeLog.entries();
        if (count < 1 || count > entries.size()) {
            throw new IllegalArgumentException("cannot take the last " + count + " of " + entries.size() + " changesets");
        }
        return new ChangeLogFile(changeLog.path(), changeLog.format(), changeLog.logicalFilePath(),
                changeLog.contextFilter(), changeLog.changeLogId(), changeLog.objectQuotingStrategy(),
                List.copyOf(entries.subList(entries.size() - count, entries.size())));
    }

    static List<Path> write(ChangeLogFile changeLog, Path dir, List<? extends ChangeLogOutput> outputs) {
        try {
            Files.createDirectories(dir);
            List<Path> written = new ArrayList<>();
            for (ChangeLogOutput output : outputs) {
                Path file = dir.resolve(output.fileName());
                Files.writeString(file, output.render(changeLog), StandardCharsets.UTF_8);
                written.add(file);
            }
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the generated changelog into " + dir, e);
        }
    }

    /**
     * {@code generate <N> <dir> [--sql <db>[:<version>],...]}: writes the changelog in every format
     * and, with {@code --sql}, the same changes as plain SQL per database ({@link PlainSql}); prints
     * the files written.
     */
    public static void main(String[] args) {
        if ((args.length != 3 && args.length != 5) || !args[0].equals("generate")
                || (args.length == 5 && !args[3].equals("--sql"))) {
            System.err.println("usage: ChangeLogGenerator generate <N> <dir> [--sql <db>[:<version>],...]");
            System.exit(2);
        }
        int n;
        try {
            n = Integer.parseInt(args[1]);
        } catch (NumberFormatException e) {
            System.err.println("N must be a whole number: " + args[1]);
            System.exit(2);
            return;
        }
        Path dir = Path.of(args[2]);
        List<Dialect> sqlFor = new ArrayList<>();
        if (args.length == 5) {
            for (String db : args[4].split(",")) {
                sqlFor.add(dialect(db));
            }
        }
        for (Path file : writeWithSql(standard().generate(n), dir, sqlFor)) {
            System.out.println(file);
        }
    }

    /** {@code postgresql} or {@code postgresql:15}: a dialect at a version (else the offline default). */
    public static Dialect dialect(String spec) {
        int colon = spec.indexOf(':');
        return colon < 0 ? Dialects.named(spec, null)
                : Dialects.named(spec.substring(0, colon),
                        DatabaseVersion.parse(spec.substring(colon + 1)));
    }
}
