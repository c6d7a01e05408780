// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.bench.compare;

/**
 * One timed process: wall seconds from start to exit (JVM start included), its peak resident set
 * size in MB (GNU time's maximum RSS), its exit code, and the tail of its output when it failed.
 */
record Measured(double seconds, double rssMb, int exitCode, String failure) {

    boolean ok() {
        return exitCode == 0 && failure == null;
    }
}
