package dev.tidemark.cli.commands;

import dev.tidemark.cli.db.TestDatabases;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** XML changelogs for the precondition tests: a schema to ask about, and changesets guarded by preconditions. */
final class PreconditionChangeLogs {
    static final String HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<databaseChangeLog xmlns=\"http://www.liquibase.org/xml/ns/dbchangelog\"\n"
            + "        xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
            + "        xsi:schemaLocation=\"http://www.liquibase.org/xml/ns/dbchangelog"
            + " http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-4.33.xsd\">\n";
    static final String FOOTER = "</databaseChangeLog>\n";

    /**
     * Changeset {@code setup}: person (id primary key, name with unique constraint uq_person_name,
     * one row), pet (empty; foreign key fk_pet_owner to person, index ix_pet_owner), view v_person,
     * sequence seq_order (where the database has sequences) and the marker table that guarded
     * changesets insert into.
     */
    static String setup(boolean sequences) {
        return "    <changeSet id=\"setup\" author=\"t\">\n"
                + "        <createTable tableName=\"person\">\n"
                + "            <column name=\"id\" type=\"int\"><constraints primaryKey=\"true\" nullable=\"false\"/></column>\n"
                + "            <column name=\"name\" type=\"varchar(50)\"/>\n"
                + "        </createTable>\n"
                + "        <addUniqueConstraint tableName=\"person\" columnNames=\"name\" constraintName=\"uq_person_name\"/>\n"
                + "        <createTable tableName=\"pet\">\n"
                + "            <column name=\"id\" type=\"int\"/>\n"
                + "            <column name=\"owner_id\" type=\"int\"/>\n"
                + "        </createTable>\n"
                + "        <addForeignKeyConstraint baseTableName=\"pet\" baseColumnNames=\"owner_id\" constraintName=\"fk_pet_owner\""
                + " referencedTableName=\"person\" referencedColumnNames=\"id\"/>\n"
                + "        <createIndex tableName=\"pet\" indexName=\"ix_pet_owner\"><column name=\"owner_id\"/><column name=\"id\"/></createIndex>\n"
                + "        <createView viewName=\"v_person\">select id, name from person</createView>\n"
                + (sequences ? "        <createSequence sequenceName=\"seq_order\"/>\n" : "")
                + "        <createTable tableName=\"marker\"><column name=\"name\" type=\"varchar(100)\"/></createTable>\n"
                + "        <insert tableName=\"person\"><column name=\"id\" valueNumeric=\"1\"/><column name=\"name\" value=\"Ann\"/></insert>\n"
                + "    </changeSet>\n";
    }

    /** A changeset that inserts its id into marker when its preconditions let it run. */
    static String guarded(String id, String preconditionOptions, String conditions) {
        return "    <changeSet id=\"" + id + "\" author=\"t\">\n"
                + "        <preConditions " + preconditionOptions + ">\n"
                + "            " + conditions + "\n"
                + "        </preConditions>\n"
                + "        <insert tableName=\"marker\"><column name=\"name\" value=\"" + id + "\"/></insert>\n"
                + "    </changeSet>\n";
    }

    /** One precondition case: its name, a condition that holds on the setup schema and one that does not. */
    record Case(String name, String holds, String fails) {
    }

    /** Every precondition type, true and false against {@link #setup}, for this database. */
    static List<Case> everyType(TestDatabases.Scratch db, String user) {
        String schema = db.db().equals("h2") ? "PUBLIC" : db.name();
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("dbms", "<dbms type=\"" + db.db() + "\"/>", "<dbms type=\"oracle, mysql\"/>"));
        cases.add(new Case("dbms-not", "<dbms type=\"!oracle\"/>", "<dbms type=\"!" + db.db() + "\"/>"));
        cases.add(new Case("runningAs", "<runningAs username=\"" + user + "\"/>", "<runningAs username=\"nobody\"/>"));
        cases.add(new Case("changeSetExecuted", "<changeSetExecuted id=\"setup\" author=\"t\" changeLogFile=\"changelog.xml\"/>",
                "<changeSetExecuted id=\"never\" author=\"t\"/>"));
        cases.add(new Case("tableExists", "<tableExists tableName=\"person\"/>", "<tableExists tableName=\"ghost\"/>"));
        if (db.db().equals("mariadb")) {
            // lower_case_table_names=0: table names are case-sensitive, in MariaDB and in Liquibase's lookups.
            cases.add(new Case("tableExists-case", "<tableExists tableName=\"person\"/>", "<tableExists tableName=\"PERSON\"/>"));
        } else {
            cases.add(new Case("tableExists-folded", "<tableExists tableName=\"PERSON\"/>", "<tableExists tableName=\"v_person\"/>"));
        }
        cases.add(new Case("tableExists-schema", "<tableExists schemaName=\"" + schema + "\" tableName=\"person\"/>",
                "<tableExists schemaName=\"" + schema + "\" tableName=\"ghost\"/>"));
        cases.add(new Case("columnExists", "<columnExists tableName=\"person\" columnName=\"name\"/>",
                "<columnExists tableName=\"person\" columnName=\"ghost\"/>"));
        cases.add(new Case("viewExists", "<viewExists viewName=\"v_person\"/>", "<viewExists viewName=\"person\"/>"));
        cases.add(new Case("foreignKeyConstraintExists",
                "<foreignKeyConstraintExists foreignKeyTableName=\"pet\" foreignKeyName=\"fk_pet_owner\"/>",
                "<foreignKeyConstraintExists foreignKeyName=\"fk_ghost\"/>"));
        cases.add(new Case("foreignKeyConstraintExists-byName", "<foreignKeyConstraintExists foreignKeyName=\"fk_pet_owner\"/>",
                "<foreignKeyConstraintExists foreignKeyTableName=\"person\" foreignKeyName=\"fk_pet_owner\"/>"));
        cases.add(new Case("indexExists", "<indexExists indexName=\"ix_pet_owner\"/>", "<indexExists indexName=\"ix_ghost\"/>"));
        cases.add(new Case("indexExists-columns", "<indexExists tableName=\"pet\" columnNames=\"owner_id, id\"/>",
                "<indexExists tableName=\"pet\" columnNames=\"id, owner_id\"/>"));
        if (!db.db().equals("mysql")) {
            cases.add(new Case("sequenceExists", "<sequenceExists sequenceName=\"seq_order\"/>",
                    "<sequenceExists sequenceName=\"seq_ghost\"/>"));
        }
        cases.add(new Case("primaryKeyExists", "<primaryKeyExists tableName=\"person\"/>", "<primaryKeyExists tableName=\"marker\"/>"));
        cases.add(new Case("uniqueConstraintExists", "<uniqueConstraintExists tableName=\"person\" constraintName=\"uq_person_name\"/>",
                "<uniqueConstraintExists tableName=\"person\" constraintName=\"uq_ghost\"/>"));
        cases.add(new Case("uniqueConstraintExists-columns", "<uniqueConstraintExists tableName=\"person\" columnNames=\"name\"/>",
                "<uniqueConstraintExists tableName=\"person\" columnNames=\"id\"/>"));
        cases.add(new Case("sqlCheck", "<sqlCheck expectedResult=\"1\">select count(*) from person;</sqlCheck>",
                "<sqlCheck expectedResult=\"2\">select count(*) from person</sqlCheck>"));
        cases.add(new Case("changeLogPropertyDefined", "<changeLogPropertyDefined property=\"env\" value=\"test\"/>",
                "<changeLogPropertyDefined property=\"env\" value=\"prod\"/>"));
        cases.add(new Case("changeLogPropertyDefined-any", "<changeLogPropertyDefined property=\"ENV\"/>",
                "<changeLogPropertyDefined property=\"undefined_property\"/>"));
        cases.add(new Case("tableIsEmpty", "<tableIsEmpty tableName=\"pet\"/>", "<tableIsEmpty tableName=\"person\"/>"));
        cases.add(new Case("rowCount", "<rowCount tableName=\"person\" expectedRows=\"1\"/>",
                "<rowCount tableName=\"person\" expectedRows=\"5\"/>"));
        cases.add(new Case("expectedQuotingStrategy", "<expectedQuotingStrategy strategy=\"LEGACY\"/>",
                "<expectedQuotingStrategy strategy=\"QUOTE_ALL_OBJECTS\"/>"));
        cases.add(new Case("and", "<and><tableExists tableName=\"person\"/><viewExists viewName=\"v_person\"/></and>",
                "<and><tableExists tableName=\"person\"/><tableExists tableName=\"ghost\"/></and>"));
        cases.add(new Case("or", "<or><tableExists tableName=\"ghost\"/><tableExists tableName=\"person\"/></or>",
                "<or><tableExists tableName=\"ghost\"/><viewExists viewName=\"ghost\"/></or>"));
        cases.add(new Case("not", "<not><tableExists tableName=\"ghost\"/><tableExists tableName=\"ghost2\"/></not>",
                "<not><tableExists tableName=\"ghost\"/><tableExists tableName=\"person\"/></not>"));
        return cases;
    }

    /** The user name the database reports for its JDBC connection. */
    static String user(TestDatabases.Scratch db) throws SQLException {
        try (Connection c = db.connect()) {
            String user = c.getMetaData().getUserName();
            return user.contains("@") ? user.substring(0, user.indexOf('@')) : user;
        }
    }

    private PreconditionChangeLogs() {
    }
}
