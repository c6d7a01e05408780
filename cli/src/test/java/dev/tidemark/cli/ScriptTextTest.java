// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A script kept as pieces and encoded piece by piece is written as the same bytes as the whole
 * text through an OutputStreamWriter (how the script was written before), also when a surrogate
 * pair is cut between two writes and when a surrogate has no partner.
 */
class ScriptTextTest {
    @TempDir
    Path dir;

    private static final List<String> WRITES = List.of("-- plain ascii\n", "ünïcødé ✓ ", "pair cut here: \uD834", "\uDD1E after\n",
            "", "lone low \uDD1E and lone high \uD834 then text\n", "ends in a lone high \uD834");

    @Test
    void write_toFile_givesTheBytesOfTheWholeTextEncodedAtOnce() throws IOException {
        ScriptCommand.ScriptText text = new ScriptCommand.ScriptText();
        for (int i = 0; i < WRITES.size(); i++) {
            String w = WRITES.get(i);
            if (i % 2 == 0) {
                text.write(w);
            } else {
                text.write(w.toCharArray(), 0, w.length());
            }
        }
        ScriptCommand.write("out/script.sql", dir, text.pieces(), null);

        assertArrayEquals(encodedAtOnce(String.join("", WRITES)), Files.readAllBytes(dir.resolve("out/script.sql")));
        assertEquals(String.join("", WRITES), String.join("", text.pieces()));
    }

    @Test
    void write_toStandardOutput_printsTheWholeText() {
        ScriptCommand.ScriptText text = new ScriptCommand.ScriptText();
        WRITES.forEach(w -> text.write(w, 0, w.length()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

        ScriptCommand.write(null, dir, text.pieces(), console);

        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        new PrintStream(whole, true, StandardCharsets.UTF_8).print(String.join("", WRITES));
        assertArrayEquals(whole.toByteArray(), out.toByteArray());
    }

    private static byte[] encodedAtOnce(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            w.write(text);
        }
        return bytes.toByteArray();
    }
}
