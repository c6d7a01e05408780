// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.formats.schema;

import dev.tidemark.model.change.Change;
import dev.tidemark.model.change.ChangeType;
import dev.tidemark.model.precondition.Precondition;
import dev.tidemark.model.precondition.PreconditionType;
import java.util.List;
import java.util.Map;

/**
 * The words of the schema that the model's annotations do not carry: which attributes take a
 * fixed set of values, short descriptions, and names Liquibase accepts that the model does not
 * annotate (yet). Kept small on purpose: the rest is the component name made readable.
 */
final class JsonSchemaVocabulary {

    /** Attribute name -> the $defs entry of its allowed values. */
    private static final Map<String, String> ENUM_DEFS = Map.of(
            "objectQuotingStrategy", "objectQuotingStrategy",
            "strategy", "objectQuotingStrategy",
            "onFail", "onFail",
            "onError", "onFail",
            "onSqlOutput", "onSqlOutput",
            "runOrder", "runOrder",
            "onValidationFail", "onValidationFail");

    static final List<String> QUOTING_STRATEGIES = List.of("LEGACY", "QUOTE_ALL_OBJECTS", "QUOTE_ONLY_RESERVED_WORDS");
    static final List<String> FAIL_ACTIONS = List.of("HALT", "CONTINUE", "MARK_RAN", "WARN");
    static final List<String> CHANGELOG_FAIL_ACTIONS = List.of("HALT", "WARN");
    static final List<String> SQL_OUTPUT_ACTIONS = List.of("IGNORE", "TEST", "FAIL");
    static final List<String> RUN_ORDERS = List.of("first", "last");
    static final List<String> VALIDATION_FAIL_ACTIONS = List.of("HALT", "MARK_RAN");

    /** "Record.component" -> names Liquibase also accepts that have no {@code @Aliases} on the model. */
    private static final Map<String, List<String>> EXTRA_ALIASES = Map.of(
            "ChangeLogFile.contextFilter", List.of("context"),
            "Preconditions.onSqlOutput", List.of("onUpdateSQL"));

    /** "Record.attribute" or "attribute" -> description, where the name alone says too little. */
    private static final Map<String, String> ATTRIBUTES = Map.ofEntries(
            Map.entry("ChangeSet.id", "Changeset id; id, author and file path identify a changeset."),
            Map.entry("ChangeSet.author", "Changeset author."),
            Map.entry("sql", "SQL text."),
            Map.entry("file", "Path of the file."),
            Map.entry("contextFilter", "Context expression (and, or, !, parentheses); empty matches every context."),
            Map.entry("labels", "Labels, matched by the --label-filter expression."),
            Map.entry("dbms", "Database short names, comma separated; !name excludes one, all and none are keywords."),
            Map.entry("runOnChange", "Run again when the changeset's checksum changes."),
            Map.entry("runAlways", "Run on every update."),
            Map.entry("failOnError", "Stop the update when the changeset fails (default true)."),
            Map.entry("runInTransaction", "Run the changeset in one transaction (default true)."),
            Map.entry("logicalFilePath", "The path recorded as the file part of changeset identities, instead of the"
                    + " real path."),
            Map.entry("objectQuotingStrategy", "How object names are quoted in generated SQL."),
            Map.entry("onValidationFail", "What to do when the changeset fails validation."),
            Map.entry("runOrder", "Move the changeset to the front (first) or the end (last) of the changelog."),
            Map.entry("created", "Free text, informational only."),
            Map.entry("ignore", "Skip entirely (default false)."),
            Map.entry("runWith", "Executor that runs the changeset (jdbc)."),
            Map.entry("relativeToChangelogFile", "Resolve the path against this changelog's folder."),
            Map.entry("errorIfMissing", "Fail when the file does not exist (default true)."),
            Map.entry("splitStatements", "Split the SQL into statements at the end delimiter (default true)."),
            Map.entry("stripComments", "Remove SQL comments before running."),
            Map.entry("endDelimiter", "Statement delimiter (default ;)."),
            Map.entry("onFail", "What to do when a precondition fails."),
            Map.entry("onError", "What to do when a precondition cannot be checked."),
            Map.entry("onSqlOutput", "How preconditions behave when SQL is only written out (update-sql)."),
            Map.entry("global", "Visible to every changelog (default true) or only to this one and its includes."));

    private static final Map<String, String> RECORDS = Map.ofEntries(
            Map.entry("ChangeSet", "A changeset: changes applied together and recorded once, identified by id,"
                    + " author and file path."),
            Map.entry("ColumnConfig", "A column: type and constraints where columns are created, a value where"
                    + " rows are written."),
            Map.entry("Constraints", "Constraints of a column."),
            Map.entry("LoadDataColumnConfig", "How one column of the data file maps to a table column."),
            Map.entry("CustomParam", "A parameter given to a custom class."),
            Map.entry("CommandArg", "One argument of the command."),
            Map.entry("Include", "Includes another changelog file."),
            Map.entry("IncludeAll", "Includes every changelog file of a folder, in alphabetical order of path."),
            Map.entry("Property", "A changelog property, used as ${name}: a name and value, or a properties file."),
            Map.entry("ModifyChangeSets", "Applies runWith, runWithSpoolFile, endDelimiter and stripComments to the"
                    + " changesets of the includes it holds."),
            Map.entry("RemoveChangeSetProperty", "Removes an attribute from the changesets that follow, for the given databases."),
            Map.entry("Rollback", "Rollback as a map: changes by name, or changeSetId and changeSetAuthor (and"
                    + " changeSetPath) of the changeset whose changes undo this one."),
            Map.entry("ModifySql", "Edits to the SQL the changeset generates."),
            Map.entry("Replace", "Replaces every occurrence of a text."),
            Map.entry("RegExpReplace", "Replaces every match of a regular expression."),
            Map.entry("Prepend", "Puts text before the SQL."),
            Map.entry("Append", "Puts text after the SQL."),
            Map.entry("Preconditions", "Options (onFail, onError, ...) and preconditions; every precondition must pass."));

    private JsonSchemaVocabulary() {
    }

    /** The $defs entry of the attribute's allowed values, or null when any value of its type goes. */
    static String enumDef(String attributeName) {
        return ENUM_DEFS.get(attributeName);
    }

    static List<String> extraAliases(Class<?> record, String componentName) {
        return EXTRA_ALIASES.getOrDefault(record.getSimpleName() + "." + componentName, List.of());
    }

    /** A "Record.attribute" entry, else an "attribute" entry, else the name as a sentence. */
    static String describeAttribute(Class<?> record, String name) {
        String known = ATTRIBUTES.get(record.getSimpleName() + "." + name);
        if (known == null) {
            known = ATTRIBUTES.get(name);
        }
        return known != null ? known : sentence(name);
    }

    static String describeAlias(String canonicalName) {
        return "Same as " + canonicalName + ".";
    }

    static String describeRecord(Class<?> record) {
        if (Change.class.isAssignableFrom(record)) {
            return "The " + ChangeType.of(record).name() + " change.";
        }
        if (Precondition.class.isAssignableFrom(record)) {
            return "The " + PreconditionType.of(record).name() + " precondition.";
        }
        String known = RECORDS.get(record.getSimpleName());
        return known != null ? known : sentence(record.getSimpleName());
    }

    /** {@code tableName} -> {@code Table name.} */
    static String sentence(String camelCase) {
        String w = words(camelCase);
        return Character.toUpperCase(w.charAt(0)) + w.substring(1) + ".";
    }

    /** {@code createTable} -> {@code create table}; runs of capitals stay together ({@code onUpdateSQL}). */
    static String words(String camelCase) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < camelCase.length(); i++) {
            char c = camelCase.charAt(i);
            boolean upper = Character.isUpperCase(c);
            boolean previousUpper = i > 0 && Character.isUpperCase(camelCase.charAt(i - 1));
            if (upper && i > 0 && !previousUpper) {
                out.append(' ');
            }
            out.append(upper && !(previousUpper || nextUpper(camelCase, i)) ? Character.toLowerCase(c) : c);
        }
        return out.toString();
    }

    private static boolean nextUpper(String s, int i) {
        return i + 1 < s.length() && Character.isUpperCase(s.charAt(i + 1));
    }

    /** A pattern matching the word in any case ({@code HALT} -> {@code [Hh][Aa][Ll][Tt]}). */
    static String anyCase(String word) {
        StringBuilder out = new StringBuilder();
        for (char c : word.toCharArray()) {
            if (Character.isLetter(c)) {
                out.append('[').append(Character.toUpperCase(c)).append(Character.toLowerCase(c)).append(']');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
