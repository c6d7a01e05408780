// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.formats.writer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tidemark.formats.ChangeLogParser;
import dev.tidemark.formats.ParseOptions;
import dev.tidemark.formats.ParseResult;
import dev.tidemark.formats.ResourceLocator;
import dev.tidemark.model.ChangeLog;
import dev.tidemark.model.ChangeLogFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every parity fixture, converted to YAML, JSON and XML and read back, gives the same model: the same
 * changesets with the same identities (the converter pins the old file path) and the same entries.
 */
class RoundTripTest {
    private static final Path PARITY = Path.of("..", "changelogs", "parity").toAbsolutePath().normalize();
    private static final List<ChangeLogFile.Format> FORMATS =
            List.of(ChangeLogFile.Format.YAML, ChangeLogFile.Format.JSON, ChangeLogFile.Format.XML);

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> convertedFixturesReadBackToTheSameModel() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> folders = Files.list(PARITY)) {
            for (Path folder : folders.filter(f -> Files.isRegularFile(f.resolve("changelog.yaml")))
                    // customChange is read and refused by design (ParityFixturesTest checks that)
                    .filter(f -> !f.getFileName().toString().equals("customChange")).sorted().toList()) {
                for (ChangeLogFile.Format format : FORMATS) {
                    tests.add(DynamicTest.dynamicTest(folder.getFileName() + " as " + format,
                            () -> roundTrip(folder, format)));
                }
            }
        }
        return tests.stream();
    }

    private void roundTrip(Path folder, ChangeLogFile.Format format) {
        ChangeLog original = read(folder, "changelog.yaml");
        Path out = temp.resolve(folder.getFileName() + "-" + format).resolve("converted"
                + ChangeLogConverter.extension(format));
        ResourceLocator locator = new ResourceLocator(List.of(folder));
        new ChangeLogConverter(p -> locator.find(p).orElse(folder.resolve(p))).convert(original, format, out);

        ChangeLog back = read(out.getParent(), out.getFileName().toString());
        ModelComparator comparator = new ModelComparator(true);
        assertEquals(List.of(), comparator.differences(original.changeSets(), back.changeSets()), "changesets");
        assertEquals(List.of(), comparator.differences(original.preconditions(), back.preconditions()), "preconditions");
        assertEquals(original.files().size(), back.files().size(), "files");
        for (int i = 0; i < original.files().size(); i++) {
            assertEquals(List.of(), comparator.differences(original.files().get(i).entries(),
                    back.files().get(i).entries()), "entries of " + original.files().get(i).path());
        }
    }

    private static ChangeLog read(Path folder, String file) {
        ParseResult r = new ChangeLogParser(ParseOptions.isolated(folder)).parse(file);
        assertEquals("", r.errors().stream().map(Object::toString).collect(Collectors.joining("\n")),
                folder.getFileName() + "/" + file + " has errors");
        return r.changeLog().orElseThrow();
    }
}
