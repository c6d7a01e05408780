// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.bench.compare;

import dev.tidemark.bench.ChangeLogGenerator;
import dev.tidemark.dialect.Dialect;
import dev.tidemark.model.ChangeLogFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The generated changelogs the cases read, one folder each, made once and kept under the work
 * folder: {@code n<N>/} holds changesets 1..N in YAML, JSON and XML plus the plain SQL per database;
 * {@code tail<N>/} holds only changesets N+1..N+10 (the add-10 case on an empty history). The
 * generator is seeded, so changesets 1..N of {@code n<N+10>} are exactly those of {@code n<N>}.
 */
final class Changelogs {
    private final Path root;
    private final List<String> dialectSpecs;
    private final String stamp;

    /** {@code dialectSpecs}: the databases to write plain SQL for, as {@code postgresql:15.14}. */
    Changelogs(Path root, List<String> dialectSpecs) {
        this.root = root;
        this.dialectSpecs = List.copyOf(dialectSpecs);
        this.stamp = "done-" + String.join("_", dialectSpecs).replace(':', '-');
    }

    /** Changesets 1..n. */
    Path full(int n) throws IOException {
        return make("n" + n, () -> ChangeLogGenerator.standard().generate(n));
    }

    /** Changesets n+1..n+10 alone. */
    Path tail(int n) throws IOException {
        return make("tail" + n, () -> ChangeLogGenerator.tail(ChangeLogGenerator.standard().generate(n + 10), 10));
    }

    private interface Source {
        ChangeLogFile get();
    }

    private Path make(String name, Source source) throws IOException {
        Path dir = root.resolve(name);
        if (Files.exists(dir.resolve(stamp))) {
            return dir;
        }
        if (Files.exists(dir)) {
            BenchDb.H2.deleteTree(dir);
        }
        System.err.println("generating " + dir);
        List<Dialect> dialects = new ArrayList<>();
        for (String spec : dialectSpecs) {
            dialects.add(ChangeLogGenerator.dialect(spec));
        }
        ChangeLogGenerator.writeWithSql(source.get(), dir, dialects);
        Files.writeString(dir.resolve(stamp), "");
        return dir;
    }
}
