// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.plan;

import java.util.List;

/** Every changeset of a changelog with what a run does with it, in run order. */
public record Plan(List<Step> steps) {
    public Plan {
        steps = List.copyOf(steps);
    }

    /** The steps that run SQL. */
    public List<Step> pending() {
        return steps.stream().filter(Step::runs).toList();
    }
}
