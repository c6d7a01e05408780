package dev.tidemark.cli.apply;

import static org.junit.jupiter.api.Assertions.fail;

import dev.tidemark.cli.ApplyTestSupport;
import dev.tidemark.cli.ApplyTestSupport.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs {@code tidemark update} against an {@link Area}: in this process, or as a separate process. */
final class Updates {
    private Updates() {
    }

    /** The update arguments, with short lock polling; {@code more} may override the wait time. */
    static List<String> args(Area a, String searchPath, String changelog, String... more) {
        List<String> args = new ArrayList<>(List.of("update", "--changelog-file", changelog, "--search-path", searchPath,
                "--url", a.url(), "--changelog-lock-poll-rate", "0.2"));
        args.addAll(List.of(more));
        if (!args.contains("--changelog-lock-wait-time-in-minutes")) {
            args.addAll(List.of("--changelog-lock-wait-time-in-minutes", "0.5"));
        }
        return args;
    }

    static Run inProcess(Area a, String searchPath, String changelog, String... more) {
        return ApplyTestSupport.run(args(a, searchPath, changelog, more).toArray(new String[0]));
    }

    /** A started {@code tidemark update} process; its output goes to {@code log}. */
    record Started(Process process, Path log) {
        /** Waits for the exit; kills the process and fails the test when it takes longer than {@code timeout}. */
        Run await(Duration timeout) throws IOException, InterruptedException {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                fail("tidemark update (pid " + process.pid() + ") did not end within " + timeout + ":\n" + output());
            }
            return new Run(process.exitValue(), output(), "");
        }

        String output() throws IOException {
            return Files.readString(log, StandardCharsets.UTF_8);
        }

        long pid() {
            return process.pid();
        }
    }

    static Started start(Path log, Area a, String searchPath, String changelog, String... more) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(ApplyTestSupport.processCommand(args(a, searchPath, changelog, more).toArray(new String[0])))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        return new Started(pb.start(), log);
    }
}
