// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.model.change;

import dev.tidemark.model.CommandArg;
import dev.tidemark.model.SourceLocation;
import dev.tidemark.model.meta.ItemName;
import dev.tidemark.model.meta.Required;
import java.util.List;
import java.util.Objects;

/** `executeCommand`: Runs an operating-system command. */
public record ExecuteCommand(
        SourceLocation location,
        @Required String executable,
        String os,
        String timeout,
        @ItemName("arg") List<CommandArg> args) implements Change {
    public ExecuteCommand {
        Objects.requireNonNull(location, "location");
        args = args == null ? List.of() : List.copyOf(args);
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visitExecuteCommand(this);
    }
}
