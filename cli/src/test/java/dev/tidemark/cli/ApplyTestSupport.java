package dev.tidemark.cli;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Runs the {@code tidemark} command for the tests in {@code dev.tidemark.cli.apply}: in this
 * process through Main's package-private constructor, or as a separate JVM on the test
 * classpath (for tests that start several processes at once or kill one).
 */
public final class ApplyTestSupport {
    private ApplyTestSupport() {
    }

    /** What one in-process run printed and returned. */
    public record Run(int exitCode, String out, String err) {
        /** Both streams, for assertion messages. */
        public String all() {
            return "exit " + exitCode + "\n--- out:\n" + out + "--- err:\n" + err;
        }
    }

    /** Runs {@code tidemark args} in this process, with an empty environment. */
    public static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Main(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of()).run(args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** What an update of this process writes into LOCKEDBY before " tidemark pid=": host name and address. */
    public static String lockHolder() {
        return Settings.lockHolder();
    }

    /**
     * The command line that runs {@code tidemark args} in a new JVM on the test classpath. The JVM
     * flags trade peak speed for start-up time: the runs are short and several start at once.
     */
    public static List<String> processCommand(String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-cp", classPath(), Main.class.getName()));
        cmd.addAll(Arrays.asList(args));
        return cmd;
    }

    /** Surefire's real test classpath (java.class.path may be a manifest-only booter jar). */
    private static String classPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        String cp = surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
        return String.join(File.pathSeparator, cp.split(File.pathSeparator));
    }
}
