// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidemark.model.ChangeSet;
import dev.tidemark.model.SourceLocation;
import dev.tidemark.model.meta.RecordShape;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Context, label and dbms selection, and the CONTEXTS / LABELS columns, as Liquibase 4.33 has them. */
class FiltersTest {
    private static ChangeSet cs(String context, String labels, String dbms, List<String> inheritedContexts,
            List<String> inheritedLabels) {
        Map<String, Object> values = new HashMap<>();
        values.put("filePath", "changelog.xml");
        values.put("id", "1");
        values.put("author", "a");
        values.put("contextFilter", context);
        values.put("labels", labels);
        values.put("dbms", dbms);
        ChangeSet cs = (ChangeSet) RecordShape.of(ChangeSet.class).create(new SourceLocation("changelog.xml", 1, 1), values);
        return cs.withInherited(inheritedContexts, inheritedLabels);
    }

    private static ChangeSet cs(String context, String labels) {
        return cs(context, labels, null, List.of(), List.of());
    }

    @Test
    void noRuntimeContexts_selectEverything() {
        Filters f = Filters.of(null, null, "h2");
        assertTrue(f.selects(cs("prod", null)));
        assertTrue(f.selects(cs("!prod", null)));
    }

    @Test
    void changeSetsWithoutContext_runInEveryContext() {
        assertTrue(Filters.of("dev", null, "h2").selects(cs(null, null)));
    }

    @Test
    void contextExpressions_andOrNotParenthesesCommas() {
        Filters dev = Filters.of("dev", null, "h2");
        assertTrue(dev.selects(cs("dev", null)));
        assertFalse(dev.selects(cs("prod", null)));
        assertTrue(dev.selects(cs("!prod", null)));
        assertFalse(dev.selects(cs("not dev", null)));
        assertTrue(dev.selects(cs("prod, dev", null)));
        assertTrue(dev.selects(cs("(dev or test) and !prod", null)));
        assertFalse(dev.selects(cs("dev and test", null)));
        assertTrue(Filters.of("dev, test", null, "h2").selects(cs("dev and test", null)));
        assertTrue(dev.selects(cs("DEV", null)), "case-insensitive");
    }

    @Test
    void inheritedContexts_mustEachMatch() {
        Filters dev = Filters.of("dev", null, "h2");
        assertTrue(dev.selects(cs(null, null, null, List.of("dev"), List.of())));
        assertFalse(dev.selects(cs("dev", null, null, List.of("prod"), List.of())));
    }

    @Test
    void labelFilter_isMatchedAgainstAllLabelsTogether_andUnlabelledChangeSetsAlwaysRun() {
        Filters ab = Filters.of(null, "a and b", "h2");
        assertTrue(ab.selects(cs(null, null)), "a changeset without labels runs under any label filter");
        assertFalse(ab.selects(cs(null, "a")));
        assertTrue(ab.selects(cs(null, "a, b")));
        assertTrue(ab.selects(cs(null, "a", null, List.of(), List.of("b"))), "own and inherited labels count together");
        assertTrue(Filters.of(null, "!c", "h2").selects(cs(null, "a")));
        assertFalse(Filters.of(null, "!c", "h2").selects(cs(null, "C")));
    }

    @Test
    void dbms_isMatchedByShortName() {
        assertTrue(Filters.of(null, null, "mariadb").selects(cs(null, null, "mariadb, postgresql", List.of(), List.of())));
        assertFalse(Filters.of(null, null, "mariadb").selects(cs(null, null, "mysql", List.of(), List.of())));
        assertFalse(Filters.of(null, null, "h2").selects(cs(null, null, "!h2", List.of(), List.of())));
    }

    @Test
    void contextsColumn_innermostIncludeFirst_compoundOnesInParentheses() {
        assertNull(Filters.contextsColumn(cs(null, null)));
        assertEquals("!prod", Filters.contextsColumn(cs("!prod", null)));
        assertEquals("((dev or test) and !prod)", Filters.contextsColumn(cs("(dev or test) and !prod", null)));
        assertEquals("(a,b)", Filters.contextsColumn(cs("a,b", null)));
        // inherited as the resolver lists them: root first; Liquibase writes the innermost first.
        assertEquals("inner AND (x or y) AND own", Filters.contextsColumn(cs("own", null, null, List.of("x or y", "inner"), List.of())));
    }

    @Test
    void labelsColumn_normalisedAsLiquibaseDoes() {
        assertNull(Filters.labelsColumn(cs(null, null)));
        assertEquals("a,b", Filters.labelsColumn(cs(null, " a, B ,a")));
        assertEquals("c,b,a", Filters.labelsColumn(cs(null, "a", null, List.of(), List.of("b", "c"))));
    }
}
