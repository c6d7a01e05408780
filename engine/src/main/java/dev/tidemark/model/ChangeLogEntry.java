// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.model;

/** One top-level element of a changelog file, in file order. */
public sealed interface ChangeLogEntry permits ChangeSet, Include, IncludeAll, Property, Preconditions, ModifyChangeSets,
        RemoveChangeSetProperty {
    /** Where the entry was written. */
    SourceLocation location();
}
