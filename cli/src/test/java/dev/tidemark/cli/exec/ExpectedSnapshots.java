// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.cli.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The reviewed snapshots in cli/src/test/resources/exec/&lt;db&gt;/&lt;type&gt;.txt. With
 * {@code -Dtidemark.regenerate=true} the actual text is written there instead of compared; the
 * files must then be reviewed by hand against the fixtures before they are committed.
 */
final class ExpectedSnapshots {
    private static final boolean REGENERATE = Boolean.getBoolean("tidemark.regenerate");

    private ExpectedSnapshots() {
    }

    /** Read from the source tree, not the class path, so that regenerating and comparing use the same file. */
    static Path file(String area, String name) {
        Path module = Files.isDirectory(Path.of("src", "test", "resources")) ? Path.of("") : Path.of("cli");
        return module.resolve(Path.of("src", "test", "resources", "exec", area, name + ".txt")).toAbsolutePath();
    }

    static void check(String area, String name, String actual) throws IOException {
        Path file = file(area, name);
        if (REGENERATE) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return;
        }
        compare(area, name, actual);
    }

    /** Compares without ever writing: for a second producer of a snapshot another test owns. */
    static void compare(String area, String name, String actual) throws IOException {
        Path file = file(area, name);
        if (!Files.exists(file)) {
            fail("no expected snapshot " + file + "; write it with -Dtidemark.regenerate=true and review it. Actual:\n" + actual);
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "snapshot " + area + "/" + name
                + " differs (review the change, then regenerate with -Dtidemark.regenerate=true)");
    }
}
