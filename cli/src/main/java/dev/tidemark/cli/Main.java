// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.cli;

import dev.tidemark.error.ChangeLogInvalidException;
import dev.tidemark.error.TidemarkException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.HelpFormatter;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;

/**
 * The {@code tidemark} command. Like Liquibase's, the command name may come before or after the
 * options: {@code tidemark validate --changelog-file f.yaml} or {@code tidemark --changelog-file f.yaml validate}.
 */
public final class Main {
    private final List<Command> commands = List.of(
            new ApplyCommand(ApplyCommand.Mode.ALL), new ApplyCommand(ApplyCommand.Mode.COUNT), new ApplyCommand(ApplyCommand.Mode.TO_TAG),
            new UpdateTestingRollbackCommand(),
            new ScriptCommand(ScriptCommand.Kind.UPDATE), new ScriptCommand(ScriptCommand.Kind.UPDATE_COUNT),
            new ScriptCommand(ScriptCommand.Kind.UPDATE_TO_TAG),
            new StatusCommand(), new HistoryCommand(), new CheckCommand(), new UnexpectedChangeSetsCommand(),
            new TagCommand(false), new TagCommand(true),
            new SyncCommand(SyncCommand.Mode.ALL), new ScriptCommand(ScriptCommand.Kind.SYNC),
            new SyncCommand(SyncCommand.Mode.TO_TAG), new ScriptCommand(ScriptCommand.Kind.SYNC_TO_TAG),
            new SyncCommand(SyncCommand.Mode.NEXT), new ScriptCommand(ScriptCommand.Kind.MARK_NEXT),
            new RollbackCommand(RollbackCommand.Kind.TAG), new RollbackCommand(RollbackCommand.Kind.TAG_SQL),
            new RollbackCommand(RollbackCommand.Kind.COUNT), new RollbackCommand(RollbackCommand.Kind.COUNT_SQL),
            new RollbackCommand(RollbackCommand.Kind.DATE), new RollbackCommand(RollbackCommand.Kind.DATE_SQL),
            new RollbackCommand(RollbackCommand.Kind.FUTURE), new RollbackCommand(RollbackCommand.Kind.FUTURE_COUNT),
            new ClearCheckSumsCommand(), new CalculateCheckSumCommand(),
            new LockCommand(false), new LockCommand(true),
            new ExecuteSqlCommand(), new DropAllCommand(), new ConvertCommand());
    private final Console console;
    private final PrintStream out;
    private final Map<String, String> environment;
    private final Path workingDirectory;

    Main(PrintStream out, PrintStream err, Map<String, String> environment) {
        this(out, err, environment, Path.of("").toAbsolutePath());
    }

    Main(PrintStream out, PrintStream err, Map<String, String> environment, Path workingDirectory) {
        this.out = out;
        this.console = new Console(out, err, System.console() != null && out == System.out);
        this.environment = environment;
        this.workingDirectory = workingDirectory;
    }

    public static void main(String[] args) {
        int code = new Main(System.out, System.err, System.getenv()).run(args);
        System.out.flush();
        System.exit(code);
    }

    /**
     * Runs one command line in this process, as the {@code tidemark} command would, and returns
     * its exit code instead of exiting: for embedding the CLI (build tools, tests).
     *
     * @param environment      the variables the configuration reads (TIDEMARK_*, LIQUIBASE_*)
     * @param workingDirectory where tidemark.properties / liquibase.properties and relative paths are looked for
     */
    public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> environment, Path workingDirectory) {
        return new Main(out, err, environment, workingDirectory).run(args);
    }

    int run(String[] args) {
        if (args.length == 0 || List.of("--help", "-h", "help").contains(args[0])) {
            printHelp();
            return args.length == 0 ? ExitCode.USAGE : ExitCode.OK;
        }
        if (args[0].equals("--version")) {
            console.result("tidemark " + version());
            return ExitCode.OK;
        }
        List<String> rest = new ArrayList<>();
        Command command = null;
        for (String a : args) {
            Optional<Command> c = command == null && !a.startsWith("-") ? find(a) : Optional.empty();
            if (c.isPresent()) {
                command = c.get();
            } else {
                rest.add(a);
            }
        }
        if (command == null) {
            console.note("error TM200: no command given; the commands are: " + names());
            return ExitCode.USAGE;
        }
        Options options = Settings.common();
        command.options().getOptions().forEach(options::addOption);
        try {
            CommandLine line = new DefaultParser().parse(options, LiquibaseSpellings.options(rest, options).toArray(new String[0]));
            if (line.hasOption("help")) {
                printCommandHelp(command, options);
                return ExitCode.OK;
            }
            if (!line.getArgList().isEmpty()) {
                console.note("error TM200: unexpected argument '" + line.getArgList().get(0) + "' for " + command.name());
                return ExitCode.USAGE;
            }
            Configuration config = Configuration.load(scope(command, options), environment, workingDirectory,
                    Optional.ofNullable(line.getOptionValue(Configuration.DEFAULTS_FILE)));
            for (String warning : config.warnings()) {
                console.note("warning: " + warning);
            }
            return command.run(line, new Settings(line, config, environment, workingDirectory), console);
        } catch (ParseException e) {
            console.note("error TM200: " + e.getMessage() + " (see 'tidemark " + command.name() + " --help')");
            return ExitCode.USAGE;
        } catch (ChangeLogInvalidException e) {
            console.diagnostics(e.diagnostics());
            return ExitCode.INVALID;
        } catch (TidemarkException e) {
            console.note("error " + e);
            return ExitCode.of(e.code().category());
        } catch (RuntimeException e) {
            console.note("error TM900: internal error: " + e.getMessage() + " (please report this with the command you ran)");
            if (environment.containsKey("TIDEMARK_DEBUG")) {
                e.printStackTrace();
            }
            return ExitCode.INTERNAL;
        }
    }

    /** What the configuration must know: this command's options, and every command's (others' settings are not errors). */
    private Configuration.Scope scope(Command command, Options options) {
        Set<String> applicable = new HashSet<>();
        for (Option o : options.getOptions()) {
            if (o.getLongOpt() != null && !o.getLongOpt().equals("help")) {
                applicable.add(o.getLongOpt());
            }
        }
        Set<String> known = new HashSet<>(applicable);
        for (Command c : commands) {
            for (Option o : c.options().getOptions()) {
                if (o.getLongOpt() != null) {
                    known.add(o.getLongOpt());
                }
            }
        }
        return new Configuration.Scope(command.name(), applicable, known, commands.stream().map(Command::name).toList(),
                Settings.GLOBALS);
    }

    /** A command by its name or one of Liquibase's other spellings of it (updateSQL, changelogSync). */
    private Optional<Command> find(String name) {
        return LiquibaseSpellings.command(name, commands.stream().map(Command::name).toList())
                .flatMap(n -> commands.stream().filter(c -> c.name().equals(n)).findFirst());
    }

    private String names() {
        return String.join(", ", commands.stream().map(Command::name).toList());
    }

    private void printHelp() {
        console.result("Usage: tidemark <command> [options]");
        console.result("");
        console.result("Commands:");
        for (Command c : commands) {
            console.result(String.format("  %-28s %s", c.name(), c.summary()));
        }
        console.result("");
        console.result("Common options:");
        for (Option o : Settings.common().getOptions()) {
            String flag = o.getLongOpt() != null ? "--" + o.getLongOpt() : "-" + o.getOpt();
            console.result(String.format("  %-44s %s", flag + (o.hasArg() ? " <" + o.getArgName() + ">" : ""), o.getDescription()));
        }
        console.result("");
        console.result("Run 'tidemark <command> --help' for a command's options. 'tidemark --version' prints the version.");
    }

    private void printCommandHelp(Command command, Options options) {
        PrintWriter w = new PrintWriter(out, true);
        new HelpFormatter().printHelp(w, 100, "tidemark " + command.name() + " [options]", command.summary(), options,
                2, 2, "", false);
        w.flush();
    }

    static String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v == null ? "development build" : v;
    }
}
