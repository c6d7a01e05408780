// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.model.precondition;

import java.util.List;

/** A precondition that nests others: and, or, not. */
public interface Composite {
    /** The nested preconditions, in order. */
    List<Precondition> nested();
}
