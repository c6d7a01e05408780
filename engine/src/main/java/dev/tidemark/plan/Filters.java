// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.plan;

import dev.tidemark.model.ChangeSet;
import dev.tidemark.model.DbmsList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which changesets a run selects, as Liquibase 4.33 does: by the runtime contexts (each context
 * expression of a changeset and of the includes above it is evaluated against them; no runtime
 * contexts, or no expression, selects the changeset), by the label filter (an expression evaluated
 * against the labels of the changeset and its includes together; a changeset without labels is
 * selected by any filter), and by the target database's short name.
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

    /**
     * Whether a changelog property with these filters takes effect in this run, as Liquibase
     * filters parameters: its dbms list (when the database is known), its context expression
     * against the run's contexts, its labels against the label filter; each unset one passes.
     */
    public boolean selectsProperty(String contextFilter, String labels, String propertyDbms) {
        return (dbms == null || DbmsList.parse(propertyDbms).matches(dbms))
                && contextsMatch(contextFilter == null ? List.of() : List.of(contextFilter))
                && labelsMatch(labels == null ? List.of() : List.of(labels));
    }

    public boolean dbmsMatches(ChangeSet cs) {
        // no dbms attribute selects every database: spared parsing it for each changeset
        return dbms == null || cs.dbms() == null || DbmsList.parse(cs.dbms()).matches(dbms);
    }

    private boolean contextsMatch(ChangeSet cs) {
        if (contexts.isEmpty()) {
            return true;
        }
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
        if (labelFilter.isEmpty()) {
            return true;
        }
        List<String> lists = new ArrayList<>(cs.inheritedLabels());
        if (cs.labels() != null) {
            lists.add(cs.labels());
        }
        return labelsMatch(lists);
    }

    /**
     * As Liquibase 4.33: the label filter is evaluated once against every label of the changeset
     * and of the includes above it together; a changeset without any label is selected by any filter.
     */
    private boolean labelsMatch(List<String> lists) {
        if (labelFilter.isEmpty()) {
            return true;
        }
        Set<String> labels = new java.util.LinkedHashSet<>();
        for (String l : lists) {
            labels.addAll(labelSet(l));
        }
        return labels.isEmpty() || labelFilter.evaluate(labels::contains);
    }

    /** A label list as Liquibase reads it: comma-separated, trimmed, lower case, each once, in order. */
    private static Set<String> labelSet(String list) {
        Set<String> labels = new java.util.LinkedHashSet<>();
        if (list != null) {
            for (String one : list.split(",")) {
                if (!one.isBlank()) {
                    labels.add(one.trim().toLowerCase(Locale.ROOT));
                }
            }
        }
        return labels;
    }

    /**
     * The CONTEXTS column as Liquibase writes it: the expressions from the innermost include out to
     * the root changelog, then the changeset's own, joined with " AND "; one holding a comma or a
     * space is put in parentheses.
     */
    public static String contextsColumn(ChangeSet cs) {
        if (cs.inheritedContextFilters().isEmpty() && cs.contextFilter() == null) {
            return null;
        }
        List<String> all = new ArrayList<>(cs.inheritedContextFilters());
        java.util.Collections.reverse(all);
        if (cs.contextFilter() != null && !cs.contextFilter().isBlank()) {
            all.add(cs.contextFilter());
        }
        List<String> parts = new ArrayList<>();
        for (String e : all) {
            String text = e.trim();
            if (!text.isEmpty()) {
                parts.add(text.contains(",") || text.chars().anyMatch(Character::isWhitespace) ? "(" + text + ")" : text);
            }
        }
        return parts.isEmpty() ? null : String.join(" AND ", parts);
    }

    /**
     * The LABELS column as Liquibase writes it: the label lists from the innermost include out to
     * the root, then the changeset's own, each in Liquibase's form (trimmed, lower case, each once),
     * joined with ",".
     */
    public static String labelsColumn(ChangeSet cs) {
        if (cs.inheritedLabels().isEmpty() && cs.labels() == null) {
            return null;
        }
        List<String> all = new ArrayList<>(cs.inheritedLabels());
        java.util.Collections.reverse(all);
        if (cs.labels() != null) {
            all.add(cs.labels());
        }
        List<String> parts = new ArrayList<>();
        for (String l : all) {
            Set<String> labels = labelSet(l);
            if (!labels.isEmpty()) {
                parts.add(String.join(",", labels));
            }
        }
        return parts.isEmpty() ? null : String.join(",", parts);
    }
}
