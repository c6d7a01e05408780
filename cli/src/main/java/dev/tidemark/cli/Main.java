// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.cli;

import dev.tidemark.error.ChangeLogInvalidException;
import dev.tidemark.error.TidemarkException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    private final List<Command> commands = List.of(new UpdateCommand(UpdateCommand.Mode.ALL),
            new UpdateCommand(UpdateCommand.Mode.COUNT), new UpdateCommand(UpdateCommand.Mode.TO_TAG), new UpdateSqlCommand(),
            new ValidateCommand(), new ConvertCommand());
    private final Console console;
    private final PrintStream out;
    private final Map<String, String> environment;

    Main(PrintStream out, PrintStream err, Map<String, String> environment) {
        this.out = out;
        this.console = new Console(out, err, System.console() != null && out == System.out);
        this.environment = environment;
    }

    public static void main(String[] args) {
        int code = new Main(System.out, System.err, System.getenv()).run(args);
        System.out.flush();
        System.exit(code);
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
            CommandLine line = new DefaultParser().parse(options, rest.toArray(new String[0]));
            if (line.hasOption("help")) {
                printCommandHelp(command, options);
                return ExitCode.OK;
            }
            if (!line.getArgList().isEmpty()) {
                console.note("error TM200: unexpected argument '" + line.getArgList().get(0) + "' for " + command.name());
                return ExitCode.USAGE;
            }
            return command.run(line, new Settings(line, environment), console);
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

    private Optional<Command> find(String name) {
        return commands.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    private String names() {
        return String.join(", ", commands.stream().map(Command::name).toList());
    }

    private void printHelp() {
        console.result("Usage: tidemark <command> [options]");
        console.result("");
        console.result("Commands:");
        for (Command c : commands) {
            console.result(String.format("  %-12s %s", c.name(), c.summary()));
        }
        console.result("");
        console.result("Common options:");
        for (Option o : Settings.common().getOptions()) {
            String flag = o.getLongOpt() != null ? "--" + o.getLongOpt() : "-" + o.getOpt();
            console.result(String.format("  %-22s %s", flag + (o.hasArg() ? " <" + o.getArgName() + ">" : ""), o.getDescription()));
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
