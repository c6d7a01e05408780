// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.rollback;

import dev.tidemark.model.ModifySql;
import dev.tidemark.model.change.Change;
import dev.tidemark.sql.ChangeRenderer;
import dev.tidemark.sql.RenderContext;
import dev.tidemark.sql.SqlModifiers;
import dev.tidemark.sql.SqlStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The statements that undo a changeset on one database: each unit of its {@link RollbackDefinition}
 * rendered by the dialect, then the changeset's {@code modifySql} blocks marked
 * {@code applyToRollback} applied, as Liquibase does.
 */
public final class RollbackRenderer {
    private final Predicate<ModifySql> selected;

    /** @param selected whether a modifySql block's context and labels select it in this run */
    public RollbackRenderer(Predicate<ModifySql> selected) {
        this.selected = selected;
    }

    /** The statements, in the order they run. Throws the renderer's error when a change cannot be rendered here. */
    public List<SqlStatement> render(RollbackDefinition definition, RenderContext ctx) {
        if (!definition.possible()) {
            throw new IllegalArgumentException("no rollback to render for " + definition.changeSet().identifier());
        }
        ChangeRenderer renderer = new ChangeRenderer(ctx);
        List<SqlStatement> out = new ArrayList<>();
        for (RollbackDefinition.Unit unit : definition.units()) {
            Inverse inverse = unit.inverse();
            if (inverse == null) {
                out.addAll(renderer.render(unit.change()));
            } else if (inverse.deleteRowsOf() != null) {
                out.addAll(ctx.dialect().sql().data().loadUpdateDataRollback(inverse.deleteRowsOf(), ctx));
            } else {
                for (Change c : inverse.changes()) {
                    out.addAll(renderer.render(c));
                }
            }
        }
        return new SqlModifiers(definition.changeSet().modifySql(), ctx.dialect().shortName(), true, selected).apply(out);
    }
}
