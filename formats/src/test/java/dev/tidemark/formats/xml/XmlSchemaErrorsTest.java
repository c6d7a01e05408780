// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.formats.xml;

import static dev.tidemark.formats.xml.XmlTestSupport.child;
import static dev.tidemark.formats.xml.XmlTestSupport.liquibase;
import static dev.tidemark.formats.xml.XmlTestSupport.read;
import static dev.tidemark.formats.xml.XmlTestSupport.resource;
import static dev.tidemark.formats.xml.XmlTestSupport.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidemark.error.Diagnostic;
import dev.tidemark.error.ErrorCode;
import dev.tidemark.formats.xml.XmlTestSupport.Result;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Schema validation while reading: every error, rewritten to name the element, the attribute and the place. */
class XmlSchemaErrorsTest {

    @Test
    void everySchemaErrorOfAFile_isReportedAtItsLine() {
        Result r = read("errors.xml", resource("schema-errors.xml"));
        assertEquals(String.join("\n",
                "errors.xml:6:20: error TM111: invalid value 'MARK_RAN' for attribute 'onFail' on <preConditions>;"
                        + " expected one of HALT, WARN",
                "errors.xml:9:38: error TM111: invalid value 'middle' for attribute 'runOrder' on <changeSet>;"
                        + " expected one of first, last",
                "errors.xml:12:48: error TM111: attribute 'nulable' is not allowed on <constraints>;"
                        + " did you mean 'nullable'?",
                "errors.xml:14:13: error TM111: unknown element <colum> in <createTable>; did you mean <column>?",
                "errors.xml:16:9: error TM111: unknown element <createTabel> in <changeSet>; did you mean <createTable>?",
                "errors.xml:17:9: error TM111: <addColumn> is missing required attribute 'tableName'",
                "errors.xml:18:43: error TM111: invalid value 'yes' for attribute 'autoIncrement' on <column>;"
                        + " expected true or false (or a ${property})",
                "errors.xml:18:63: error TM111: invalid value 'first' for attribute 'position' on <column>;"
                        + " expected an integer (or a ${property})",
                "errors.xml:22:40: error TM111: text is not allowed in <createTable>",
                "errors.xml:22:9: error TM111: <createTable> is incomplete; expected <column>",
                "errors.xml:23:9: error TM111: element <preConditions> is out of order in <changeSet>; the order is"
                        + " <validCheckSum>, <preConditions>, the changes with <comment> and <rollback>, then <modifySql>",
                "errors.xml:27:5: error TM111: <changeSet> is missing required attribute 'id'"), r.printed());
        assertTrue(r.diagnostics().stream().allMatch(d -> d.code() == ErrorCode.SCHEMA_VIOLATION && d.isError()));
    }

    @Test
    void aSchemaInvalidDocument_stillYieldsItsTree() {
        Result r = read("errors.xml", resource("schema-errors.xml"));
        assertEquals("nulable", child(child(child(child(r.root(), "changeSet"), "createTable"), "column"), "constraints")
                .entries().get(1).key());
    }

    @Test
    void unknownAttribute_withoutACloseName_hasNoHint() {
        Result r = read("a.xml", liquibase("  <changeSet id=\"1\" author=\"a\">\n"
                + "    <dropTable tableName=\"t\" purge=\"true\"/>\n  </changeSet>\n"));
        assertEquals("a.xml:4:30: error TM111: attribute 'purge' is not allowed on <dropTable>", r.printed());
    }

    @Test
    void aliasesAndAttributeNames_areSuggested() {
        Result r = read("a.xml", liquibase("  <changeSet id=\"1\" author=\"a\" alwaysrun=\"true\">\n"
                + "    <customChange clas=\"x.Y\"/>\n  </changeSet>\n"));
        assertEquals(String.join("\n",
                "a.xml:3:32: error TM111: attribute 'alwaysrun' is not allowed on <changeSet>; did you mean 'alwaysRun'?",
                "a.xml:4:19: error TM111: attribute 'clas' is not allowed on <customChange>; did you mean 'class'?",
                "a.xml:4:5: error TM111: <customChange> is missing required attribute 'class'"), r.printed());
    }

    @Test
    void elementOutOfOrder_isNamedWithWhatWasExpected() {
        Result r = read("a.xml", liquibase("  <changeSet id=\"1\" author=\"a\">\n"
                + "    <update tableName=\"t\">\n"
                + "      <where>id = 1</where>\n"
                + "      <column name=\"a\" value=\"b\"/>\n"
                + "    </update>\n  </changeSet>\n"));
        assertEquals("a.xml:5:7: error TM111: element <where> is out of order in <update>; expected <column>",
                r.printed());
    }

    @Test
    void changelogLevelProperty_afterAChangeSet_isOutOfOrderAsInLiquibase() {
        Result r = read("a.xml", liquibase("  <changeSet id=\"1\" author=\"a\"/>\n  <property name=\"p\" value=\"v\"/>\n"));
        assertEquals("a.xml:4:3: error TM111: element <property> is out of order in <databaseChangeLog>; the order is"
                + " <removeChangeSetProperty>, <property>, <preConditions>, then <changeSet>, <include>, <includeAll>"
                + " and <modifyChangeSets>", r.printed());
    }

    @Test
    void tagDatabase_mustBeAloneInItsChangeSet_asInLiquibase() {
        Result r = read("a.xml", liquibase("  <changeSet id=\"1\" author=\"a\">\n    <tagDatabase tag=\"v1\"/>\n"
                + "    <sql>SELECT 1</sql>\n  </changeSet>\n"
                + "  <changeSet id=\"2\" author=\"a\">\n    <comment>c</comment>\n    <tagDatabase tag=\"v2\"/>\n"
                + "  </changeSet>\n"
                + "  <changeSet id=\"3\" author=\"a\">\n    <tagDatabase tag=\"v3\"/>\n    <modifySql><append value=\"x\"/>"
                + "</modifySql>\n  </changeSet>\n"));
        assertEquals(String.join("\n",
                "a.xml:5:5: error TM111: <tagDatabase> must be alone in its <changeSet>, without other changes, <comment>"
                        + " or <rollback> (Liquibase's XSD requires it); found <sql> beside it",
                "a.xml:9:5: error TM111: <tagDatabase> must be alone in its <changeSet>, without other changes, <comment>"
                        + " or <rollback> (Liquibase's XSD requires it); found <comment> beside it"), r.printed());
    }

    @Test
    void mixedCaseBooleans_andPlaceholders_areValid_butOtherWordsAreNot() {
        Result r = read("a.xml", liquibase("  <changeSet id=\"1\" author=\"a\" runOnChange=\"True\" ignore=\"${skip}\""
                + " failOnError=\"0\" runInTransaction=\"no\"/>\n"));
        assertEquals("a.xml:3:84: error TM111: invalid value 'no' for attribute 'runInTransaction' on <changeSet>;"
                + " expected true or false (or a ${property})", r.printed());
    }

    @Test
    void messages_areTheSameWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try {
            Result r = XmlTestSupport.read(new XmlTreeReader(), "a.xml",
                    liquibase("  <changeSet id=\"1\" author=\"a\" nme=\"x\">\n  </changeSet>\n</bad>"));
            assertEquals(String.join("\n",
                    "a.xml:3:32: error TM111: attribute 'nme' is not allowed on <changeSet>",
                    "a.xml:5:3: error TM100: malformed XML: The element type \"databaseChangeLog\" must be terminated"
                            + " by the matching end-tag \"</databaseChangeLog>\"."), r.printed());
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void diagnostics_neverNameJavaClasses() {
        Result r = read("errors.xml", resource("schema-errors.xml"));
        for (Diagnostic d : r.diagnostics()) {
            assertTrue(!d.message().contains("cvc-") && !d.message().contains("Exception")
                    && !d.message().contains("tidemark.dev"), d.message());
        }
        assertEquals("x", text(child(child(r.root(), "changeSet"), "createTabel"), "tableName"));
    }
}
