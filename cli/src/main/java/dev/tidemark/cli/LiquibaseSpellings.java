// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/**
 * The other spellings Liquibase 4.33's command line accepts for command and option names: its
 * camel-case forms ({@code updateSQL}, {@code changelogSync}, {@code --changeLogFile},
 * {@code --defaultSchemaName}), which scripts written for Liquibase 3 and early 4 still use. A
 * name matches case-insensitively once dashes and underscores are dropped, as the configuration's
 * names do; the kebab-case names stay the ones Tidemark prints.
 */
final class LiquibaseSpellings {
    private LiquibaseSpellings() {
    }

    /** The command name that {@code token} spells, if any. */
    static Optional<String> command(String token, List<String> names) {
        String wanted = normal(token);
        return names.stream().filter(n -> n.equals(token)).findFirst()
                .or(() -> names.stream().filter(n -> normal(n).equals(wanted)).findFirst());
    }

    /**
     * The arguments with each {@code --name} or {@code --name=value} whose name is not an option of
     * {@code options} but spells one written as the option's own name. Other arguments are kept.
     */
    static List<String> options(List<String> args, Options options) {
        List<String> out = new ArrayList<>(args.size());
        for (String a : args) {
            if (!a.startsWith("--") || a.length() == 2) {
                out.add(a);
                continue;
            }
            int equals = a.indexOf('=');
            String name = equals < 0 ? a.substring(2) : a.substring(2, equals);
            String tail = equals < 0 ? "" : a.substring(equals);
            if (options.hasLongOption(name)) {
                out.add(a);
                continue;
            }
            String wanted = normal(name);
            Optional<String> option = options.getOptions().stream().map(Option::getLongOpt)
                    .filter(o -> o != null && normal(o).equals(wanted)).findFirst();
            out.add(option.map(o -> "--" + o + tail).orElse(a));
        }
        return out;
    }

    private static String normal(String name) {
        return name.replace("-", "").replace("_", "").toLowerCase(Locale.ROOT);
    }
}
