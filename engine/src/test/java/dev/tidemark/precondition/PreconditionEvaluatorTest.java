// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.precondition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidemark.dialect.Dialects;
import dev.tidemark.dialect.QuotingStrategy;
import dev.tidemark.history.HistoryRow;
import dev.tidemark.model.SourceLocation;
import dev.tidemark.model.meta.RecordShape;
import dev.tidemark.model.precondition.And;
import dev.tidemark.model.precondition.ChangeLogPropertyDefined;
import dev.tidemark.model.precondition.ChangeSetExecuted;
import dev.tidemark.model.precondition.DbmsPrecondition;
import dev.tidemark.model.precondition.ExpectedQuotingStrategy;
import dev.tidemark.model.precondition.Not;
import dev.tidemark.model.precondition.Or;
import dev.tidemark.model.precondition.Precondition;
import dev.tidemark.model.precondition.TableExists;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The evaluator without a database (an offline script): what needs none is answered, the rest is an error. */
class PreconditionEvaluatorTest {
    private static final SourceLocation AT = new SourceLocation("changelog.xml", 3, 9);

    private static <T> T make(Class<T> type, Object... namesAndValues) {
        Map<String, Object> values = new java.util.HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return type.cast(RecordShape.of(type).create(AT, values));
    }

    private static Verdict evaluate(Precondition p) {
        HistoryRow ran = new HistoryRow("1", "a", "changelog.xml", null, 1, HistoryRow.ExecType.MARK_RAN, null, null, null, null,
                null, null, null, null);
        RunFacts facts = new RunFacts(Dialects.named("postgresql", null), null, List.of(ran),
                text -> text.equals("${env}") ? "test" : text);
        CatalogNames names = new CatalogNames(facts.dialect, null, QuotingStrategy.LEGACY);
        return new PreconditionEvaluator(facts, names, "changelog.xml", "LEGACY").all(List.of(p));
    }

    private static Precondition dbms(String type) {
        return make(DbmsPrecondition.class, "type", type);
    }

    @Test
    void dbms_changeSetExecuted_properties_andQuoting_needNoDatabase() {
        assertTrue(evaluate(dbms("postgresql")).passed());
        assertEquals(List.of("dbms at changelog.xml:3:9: the database is postgresql, not mysql"), evaluate(dbms("mysql")).failures());
        assertTrue(evaluate(make(ChangeSetExecuted.class, "id", "1", "author", "A")).passed(), "MARK_RAN counts as ran; case-insensitive");
        assertFalse(evaluate(make(ChangeSetExecuted.class, "id", "2", "author", "a")).passed());
        assertTrue(evaluate(make(ChangeLogPropertyDefined.class, "property", "env", "value", "test")).passed());
        assertFalse(evaluate(make(ChangeLogPropertyDefined.class, "property", "env", "value", "prod")).passed());
        assertFalse(evaluate(make(ChangeLogPropertyDefined.class, "property", "other")).passed());
        assertTrue(evaluate(make(ExpectedQuotingStrategy.class, "strategy", "LEGACY")).passed());
        assertFalse(evaluate(make(ExpectedQuotingStrategy.class, "strategy", "legacy")).passed(), "compared exactly, as Liquibase");
    }

    @Test
    void notPassesOnlyWhenNoneOfItsPreconditionsPasses_orNeedsOne_andStopsAtTheFirstFailure() {
        assertTrue(evaluate(new Not(AT, List.of(dbms("mysql"), dbms("oracle")))).passed());
        assertFalse(evaluate(new Not(AT, List.of(dbms("mysql"), dbms("postgresql")))).passed(), "not(a, b) is neither a nor b");
        assertTrue(evaluate(new Or(AT, List.of(dbms("mysql"), dbms("postgresql")))).passed());
        assertEquals(2, evaluate(new Or(AT, List.of(dbms("mysql"), dbms("oracle")))).failures().size());
        assertFalse(evaluate(new Or(AT, List.of())).passed(), "an empty or fails, as Liquibase's");
        assertEquals(1, evaluate(new And(AT, List.of(dbms("mysql"), dbms("oracle")))).failures().size());
    }

    @Test
    void catalogQuestionsOffline_areErrors() {
        PreconditionErrored e = assertThrows(PreconditionErrored.class,
                () -> evaluate(make(TableExists.class, "tableName", "person")));
        assertEquals("tableExists at changelog.xml:3:9: needs a database connection; an offline script cannot evaluate it", e.getMessage());
        assertTrue(evaluate(new Or(AT, List.of(dbms("postgresql"), make(TableExists.class, "tableName", "person")))).passed(),
                "or stops at the first pass, before the question it cannot answer");
    }
}
