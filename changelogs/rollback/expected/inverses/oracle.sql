-- *********************************************************************
-- SQL to roll back currently unexecuted changes
-- *********************************************************************
-- Change Log: inverses.yaml
-- Against: offline:oracle?version=19 (Oracle 19.0)
-- Written by: tidemark-0.1.0
-- *********************************************************************

-- Create Database Lock Table
CREATE TABLE DATABASECHANGELOGLOCK (ID INTEGER NOT NULL, LOCKED NUMBER(1) NOT NULL, LOCKGRANTED TIMESTAMP, LOCKEDBY VARCHAR2(255), CONSTRAINT PK_DATABASECHANGELOGLOCK PRIMARY KEY (ID));

-- Initialize Database Lock Table
DELETE FROM DATABASECHANGELOGLOCK;

INSERT INTO DATABASECHANGELOGLOCK (ID, LOCKED) VALUES (1, 0);

-- Lock Database
UPDATE DATABASECHANGELOGLOCK SET LOCKED = 1, LOCKEDBY = 'rollback-sql script', LOCKGRANTED = SYSTIMESTAMP WHERE ID = 1 AND LOCKED = 0;

-- Rolling Back ChangeSet: inverses.yaml::several-changes::tidemark
ALTER TABLE rb_multi MODIFY note DEFAULT NULL;

ALTER TABLE rb_multi DROP COLUMN note;

ALTER TABLE rb_multi DROP PRIMARY KEY DROP INDEX;

ALTER TABLE rb_multi DROP CONSTRAINT fk_rb_multi_parent;

DROP INDEX ix_rb_multi_parent;

DROP TABLE rb_multi;

-- Rolling Back ChangeSet: inverses.yaml::output-and-empty::tidemark
-- Rolling Back ChangeSet: inverses.yaml::tagDatabase::tidemark
-- Rolling Back ChangeSet: inverses.yaml::loadUpdateData::tidemark
DELETE FROM rb_parent WHERE id = '2';

DELETE FROM rb_parent WHERE id = '3';

-- Rolling Back ChangeSet: inverses.yaml::addLookupTable::tidemark
ALTER TABLE rb_child DROP CONSTRAINT FK_RB_CHILD_RB_STATUS;

DROP TABLE rb_status;

-- Rolling Back ChangeSet: inverses.yaml::createSequence::tidemark
DROP SEQUENCE rb_seq;

-- Rolling Back ChangeSet: inverses.yaml::addDefaultValue::tidemark
ALTER TABLE rb_child MODIFY score DEFAULT NULL;

-- Rolling Back ChangeSet: inverses.yaml::dropNotNullConstraint::tidemark
ALTER TABLE rb_child MODIFY score NOT NULL;

-- Rolling Back ChangeSet: inverses.yaml::addNotNullConstraint::tidemark
ALTER TABLE rb_child MODIFY label NULL;

-- Rolling Back ChangeSet: inverses.yaml::addForeignKeyConstraint::tidemark
ALTER TABLE rb_child DROP CONSTRAINT fk_rb_child_parent;

-- Rolling Back ChangeSet: inverses.yaml::addUniqueConstraint::tidemark
ALTER TABLE rb_child DROP CONSTRAINT uq_rb_child_label DROP INDEX;

-- Rolling Back ChangeSet: inverses.yaml::addPrimaryKey::tidemark
ALTER TABLE rb_child DROP PRIMARY KEY DROP INDEX;

-- Rolling Back ChangeSet: inverses.yaml::createIndex::tidemark
DROP INDEX ix_rb_child_label;

-- Rolling Back ChangeSet: inverses.yaml::createView::tidemark
DROP VIEW rb_view;

-- Rolling Back ChangeSet: inverses.yaml::renameTable::tidemark
ALTER TABLE rb_renamed RENAME TO rb_new;

-- Rolling Back ChangeSet: inverses.yaml::renameColumn::tidemark
ALTER TABLE rb_child RENAME COLUMN remark TO note;

-- Rolling Back ChangeSet: inverses.yaml::addColumn::tidemark
ALTER TABLE rb_child MODIFY extra DEFAULT NULL;

ALTER TABLE rb_child MODIFY flag DEFAULT NULL;

ALTER TABLE rb_child DROP COLUMN extra;

ALTER TABLE rb_child DROP COLUMN amount;

ALTER TABLE rb_child DROP COLUMN flag;

-- Rolling Back ChangeSet: inverses.yaml::createTable::tidemark
DROP TABLE rb_new;

-- Rolling Back ChangeSet: inverses.yaml::setup-2::tidemark
-- Rolling Back ChangeSet: inverses.yaml::setup-1::tidemark
DROP TABLE rb_child;

DROP TABLE rb_parent;

-- Release Database Lock
UPDATE DATABASECHANGELOGLOCK SET LOCKED = 0, LOCKEDBY = NULL, LOCKGRANTED = NULL WHERE ID = 1;

