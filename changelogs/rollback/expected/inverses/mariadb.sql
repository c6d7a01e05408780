-- *********************************************************************
-- SQL to roll back currently unexecuted changes
-- *********************************************************************
-- Change Log: inverses.yaml
-- Against: offline:mariadb (MariaDB 10.11)
-- Written by: tidemark-0.1.0
-- *********************************************************************

-- Create Database Lock Table
CREATE TABLE DATABASECHANGELOGLOCK (ID INT NOT NULL, LOCKED TINYINT(1) NOT NULL, LOCKGRANTED datetime NULL, LOCKEDBY VARCHAR(255) NULL, CONSTRAINT PK_DATABASECHANGELOGLOCK PRIMARY KEY (ID));

-- Initialize Database Lock Table
DELETE FROM DATABASECHANGELOGLOCK;

INSERT INTO DATABASECHANGELOGLOCK (ID, LOCKED) VALUES (1, 0);

-- Lock Database
UPDATE DATABASECHANGELOGLOCK SET LOCKED = 1, LOCKEDBY = 'rollback-sql script', LOCKGRANTED = NOW() WHERE ID = 1 AND LOCKED = 0;

-- Rolling Back ChangeSet: inverses.yaml::several-changes::tidemark
ALTER TABLE rb_multi ALTER note DROP DEFAULT;

ALTER TABLE rb_multi DROP COLUMN note;

ALTER TABLE rb_multi DROP PRIMARY KEY;

ALTER TABLE rb_multi DROP FOREIGN KEY fk_rb_multi_parent;

DROP INDEX ix_rb_multi_parent ON rb_multi;

DROP TABLE rb_multi;

-- Rolling Back ChangeSet: inverses.yaml::output-and-empty::tidemark
-- Rolling Back ChangeSet: inverses.yaml::tagDatabase::tidemark
-- Rolling Back ChangeSet: inverses.yaml::loadUpdateData::tidemark
DELETE FROM rb_parent WHERE id = '2';

DELETE FROM rb_parent WHERE id = '3';

-- Rolling Back ChangeSet: inverses.yaml::addLookupTable::tidemark
ALTER TABLE rb_child DROP FOREIGN KEY FK_RB_CHILD_RB_STATUS;

DROP TABLE rb_status;

-- Rolling Back ChangeSet: inverses.yaml::renameSequence::tidemark
RENAME TABLE rb_seq_new TO rb_seq_old;

DROP SEQUENCE rb_seq_old;

-- Rolling Back ChangeSet: inverses.yaml::createSequence::tidemark
DROP SEQUENCE rb_seq;

-- Rolling Back ChangeSet: inverses.yaml::addDefaultValue::tidemark
ALTER TABLE rb_child ALTER score DROP DEFAULT;

-- Rolling Back ChangeSet: inverses.yaml::dropNotNullConstraint::tidemark
ALTER TABLE rb_child MODIFY score INT NOT NULL;

-- Rolling Back ChangeSet: inverses.yaml::addNotNullConstraint::tidemark
ALTER TABLE rb_child MODIFY label VARCHAR(20) NULL;

-- Rolling Back ChangeSet: inverses.yaml::addForeignKeyConstraint::tidemark
ALTER TABLE rb_child DROP FOREIGN KEY fk_rb_child_parent;

-- Rolling Back ChangeSet: inverses.yaml::addUniqueConstraint::tidemark
ALTER TABLE rb_child DROP KEY uq_rb_child_label;

-- Rolling Back ChangeSet: inverses.yaml::addPrimaryKey::tidemark
ALTER TABLE rb_child DROP PRIMARY KEY;

-- Rolling Back ChangeSet: inverses.yaml::createIndex::tidemark
DROP INDEX ix_rb_child_label ON rb_child;

-- Rolling Back ChangeSet: inverses.yaml::renameView::tidemark
RENAME TABLE rb_view_new TO rb_view_old;

DROP VIEW rb_view_old;

-- Rolling Back ChangeSet: inverses.yaml::createView::tidemark
DROP VIEW rb_view;

-- Rolling Back ChangeSet: inverses.yaml::renameTable::tidemark
ALTER TABLE rb_renamed RENAME rb_new;

-- Rolling Back ChangeSet: inverses.yaml::renameColumn::tidemark
ALTER TABLE rb_child CHANGE remark note VARCHAR(20);

-- Rolling Back ChangeSet: inverses.yaml::addColumn::tidemark
ALTER TABLE rb_child ALTER extra DROP DEFAULT;

ALTER TABLE rb_child ALTER flag DROP DEFAULT;

ALTER TABLE rb_child DROP extra, DROP amount, DROP flag;

-- Rolling Back ChangeSet: inverses.yaml::createTable::tidemark
DROP TABLE rb_new;

-- Rolling Back ChangeSet: inverses.yaml::setup-2::tidemark
-- Rolling Back ChangeSet: inverses.yaml::setup-1::tidemark
DROP TABLE rb_child;

DROP TABLE rb_parent;

-- Release Database Lock
UPDATE DATABASECHANGELOGLOCK SET LOCKED = 0, LOCKEDBY = NULL, LOCKGRANTED = NULL WHERE ID = 1;

