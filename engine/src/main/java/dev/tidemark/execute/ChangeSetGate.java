// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.execute;

import dev.tidemark.plan.Step;
import java.util.Objects;

/**
 * Decides, just before a pending changeset would run, whether it runs, is skipped this time, or
 * is only marked as ran: its preconditions. A failure that halts the run is thrown.
 */
public interface ChangeSetGate {
    /** What happens to one changeset. */
    enum Kind {
        /** Run it. */
        RUN,
        /** Do not run it and record nothing; the next run asks again (onFail/onError CONTINUE). */
        SKIP,
        /** Do not run it; record it with EXECTYPE MARK_RAN (onFail/onError MARK_RAN). */
        MARK_RAN
    }

    /** A decision and, unless it is RUN, why. */
    record Decision(Kind kind, String reason) {
        public static final Decision RUN = new Decision(Kind.RUN, null);

        public Decision {
            Objects.requireNonNull(kind, "kind");
        }
    }

    /** The decision for a pending step. */
    Decision before(Step step);

    /** The step ran ({@code executed}: its statements ran) or was marked ran. */
    void after(Step step, boolean executed);

    /** The step failed and was skipped (failOnError=false): part of it may have changed the schema. */
    void failed(Step step);

    /** Runs everything. */
    ChangeSetGate NONE = new ChangeSetGate() {
        @Override
        public Decision before(Step step) {
            return Decision.RUN;
        }

        @Override
        public void after(Step step, boolean executed) {
        }

        @Override
        public void failed(Step step) {
        }
    };
}
