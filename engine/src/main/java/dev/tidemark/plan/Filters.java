// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.plan;

import dev.tidemark.model.ChangeSet;
import dev.tidemark.model.DbmsList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which changesets a run selects: by the runtime contexts (a changeset's context expression is
 * evaluated against them; no runtime contexts selects all), by the label filter (an expression
 * evaluated against a changeset's labels), and by the target database's short name.
 */
public record Filters(List<String> contexts, FilterExpression labelFilter, String dbms) {

    public Filters {
        contexts = contexts == null ? List.of() : contexts.stream().map(c -> c.trim().toLowerCase(Locale.ROOT))
                .filter(c -> !c.isEmpty()).toList();
        labelFilter = labelFilter == null ? FilterExpression.parse("") : labelFilter;
    }

    /** From the command line's comma-separated --contexts and --labels expression. */
    public static Filters of(String contexts, String labels, String dbms) {
        List<String> list = new ArrayList<>();
        if (contexts != null) {
            for (String c : contexts.split(",")) {
                list.add(c);
            }
        }
        return new Filters(list, FilterExpression.parse(labels), dbms);
    }

    public boolean selects(ChangeSet cs) {
        return dbmsMatches(cs) && contextsMatch(cs) && labelsMatch(cs);
    }

    /** Whether a modifySql block's context expression and labels are selected by this run. */
    public boolean selects(dev.tidemark.model.ModifySql block) {
        return contextsMatch(block.contextFilter() == null ? List.of() : List.of(block.contextFilter()))
                && labelsMatch(block.labels() == null ? List.of() : List.of(block.labels()));
    }

    public boolean dbmsMatches(ChangeSet cs) {
        return dbms == null || DbmsList.parse(cs.dbms()).matches(dbms);
    }

    private boolean contextsMatch(ChangeSet cs) {
        List<String> expressions = new ArrayList<>(cs.inheritedContextFilters());
        if (cs.contextFilter() != null) {
            expressions.add(cs.contextFilter());
        }
        return contextsMatch(expressions);
    }

    private boolean contextsMatch(List<String> expressions) {
        if (contexts.isEmpty()) {
            return true;
        }
        for (String e : expressions) {
            if (!FilterExpression.parse(e).evaluate(contexts::contains)) {
                return false;
            }
        }
        return true;
    }

    private boolean labelsMatch(ChangeSet cs) {
        List<String> lists = new ArrayList<>(cs.inheritedLabels());
        if (cs.labels() != null) {
            lists.add(cs.labels());
        }
        return labelsMatch(lists);
    }

    private boolean labelsMatch(List<String> lists) {
        if (labelFilter.isEmpty()) {
            return true;
        }
        Set<String> labels = new HashSet<>();
        for (String l : lists) {
            for (String one : l.split(",")) {
                if (!one.isBlank()) {
                    labels.add(one.trim().toLowerCase(Locale.ROOT));
                }
            }
        }
        return labelFilter.evaluate(labels::contains);
    }

    /** The CONTEXTS column: inherited and own expressions joined with " AND ", compound ones in parentheses. */
    public static String contextsColumn(ChangeSet cs) {
        List<String> parts = new ArrayList<>();
        List<String> all = new ArrayList<>(cs.inheritedContextFilters());
        if (cs.contextFilter() != null && !cs.contextFilter().isBlank()) {
            all.add(cs.contextFilter());
        }
        for (String e : all) {
            FilterExpression f = FilterExpression.parse(e);
            if (!f.isEmpty()) {
                parts.add(all.size() > 1 && f.isCompound() ? "(" + f.text() + ")" : f.text());
            }
        }
        return parts.isEmpty() ? null : String.join(" AND ", parts);
    }

    /** The LABELS column: inherited and own label lists joined with ",". */
    public static String labelsColumn(ChangeSet cs) {
        List<String> all = new ArrayList<>(cs.inheritedLabels());
        if (cs.labels() != null && !cs.labels().isBlank()) {
            all.add(cs.labels().trim());
        }
        return all.isEmpty() ? null : String.join(",", all);
    }
}
