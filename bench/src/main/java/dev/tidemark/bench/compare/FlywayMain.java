// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.bench.compare;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Flyway driven through its Java API, in a JVM of its own (so its start is counted like the other
 * tools'), on the versioned migrations {@code flyway-<db>/V<n>__<id>.sql} that hold the same SQL
 * as the changelog. Flyway's defaults otherwise (validate on migrate, its history table
 * {@code flyway_schema_history}).
 *
 * <p>{@code FlywayMain migrate|validate|info <jdbc-url> <migrations-dir>}, or {@code FlywayMain --version}.
 */
public final class FlywayMain {
    private FlywayMain() {
    }

    public static void main(String[] args) {
        if (args.length == 1 && args[0].equals("--version")) {
            System.out.println("Flyway " + Flyway.class.getPackage().getImplementationVersion());
            return;
        }
        if (args.length != 3) {
            System.err.println("usage: FlywayMain migrate|validate|info <jdbc-url> <migrations-dir> | FlywayMain --version");
            System.exit(2);
        }
        Flyway flyway = Flyway.configure()
                .dataSource(args[1], null, null)
                .locations("filesystem:" + args[2])
                // On a schema that another tool filled, with no Flyway history yet (the add-10 case on
                // an empty history): baseline at version 0, then run every migration. No effect elsewhere.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
        switch (args[0]) {
            case "migrate":
                MigrateResult result = flyway.migrate();
                System.out.println("flyway: " + result.migrationsExecuted + " migrations executed");
                break;
            case "validate":
                flyway.validate();
                System.out.println("flyway: validated");
                break;
            case "info":
                MigrationInfoService info = flyway.info();
                System.out.println("flyway: " + info.pending().length + " pending, " + info.applied().length + " applied");
                break;
            default:
                System.err.println("unknown command " + args[0]);
                System.exit(2);
        }
    }
}
