// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.cli;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;

/** One CLI command ({@code validate}, {@code convert} ...), named as Liquibase names it. */
interface Command {
    /** The command's name on the command line, kebab-case as in Liquibase. */
    String name();

    /** One line for {@code --help}. */
    String summary();

    /** The command's own options, added to the common ones. */
    Options options();

    /** Runs the command; returns the process exit code. */
    int run(CommandLine line, Settings settings, Console console);
}
