-- *********************************************************************
-- SQL to roll back currently unexecuted changes
-- *********************************************************************
-- Change Log: inverses.yaml
-- Against: offline:postgresql?version=16 (PostgreSQL 16.0)
-- Written by: tidemark-0.1.0
-- *********************************************************************

-- Create Database Lock Table
CREATE TABLE databasechangeloglock (ID INTEGER NOT NULL, LOCKED BOOLEAN NOT NULL, LOCKGRANTED TIMESTAMP WITHOUT TIME ZONE, LOCKEDBY VARCHAR(255), CONSTRAINT databasechangeloglock_pkey PRIMARY KEY (ID));

-- Initialize Database Lock Table
DELETE FROM databasechangeloglock;

INSERT INTO databasechangeloglock (ID, LOCKED) VALUES (1, FALSE);

-- Lock Database
UPDATE databasechangeloglock SET LOCKED = TRUE, LOCKEDBY = 'rollback-sql script', LOCKGRANTED = NOW() WHERE ID = 1 AND LOCKED = FALSE;

-- Rolling Back ChangeSet: inverses.yaml::several-changes::tidemark
ALTER TABLE rb_multi ALTER COLUMN note DROP DEFAULT;

ALTER TABLE rb_multi DROP COLUMN note;

DO $$ DECLARE constraint_name varchar;
BEGIN
  SELECT tc.CONSTRAINT_NAME into strict constraint_name
    FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc
    WHERE CONSTRAINT_TYPE = 'PRIMARY KEY'
      AND TABLE_NAME = 'rb_multi' AND TABLE_SCHEMA = current_schema();
    EXECUTE 'alter table rb_multi drop constraint "' || constraint_name || '"';
END $$;

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

-- Rolling Back ChangeSet: inverses.yaml::renameSequence::tidemark
ALTER SEQUENCE rb_seq_new RENAME TO rb_seq_old;

DROP SEQUENCE rb_seq_old CASCADE;

-- Rolling Back ChangeSet: inverses.yaml::createSequence::tidemark
DROP SEQUENCE rb_seq CASCADE;

-- Rolling Back ChangeSet: inverses.yaml::addDefaultValue::tidemark
ALTER TABLE rb_child ALTER COLUMN score DROP DEFAULT;

-- Rolling Back ChangeSet: inverses.yaml::dropNotNullConstraint::tidemark
ALTER TABLE rb_child ALTER COLUMN  score SET NOT NULL;

-- Rolling Back ChangeSet: inverses.yaml::addNotNullConstraint::tidemark
ALTER TABLE rb_child ALTER COLUMN  label DROP NOT NULL;

-- Rolling Back ChangeSet: inverses.yaml::addForeignKeyConstraint::tidemark
ALTER TABLE rb_child DROP CONSTRAINT fk_rb_child_parent;

-- Rolling Back ChangeSet: inverses.yaml::addUniqueConstraint::tidemark
ALTER TABLE rb_child DROP CONSTRAINT uq_rb_child_label;

-- Rolling Back ChangeSet: inverses.yaml::addPrimaryKey::tidemark
ALTER TABLE rb_child DROP CONSTRAINT pk_rb_child;

-- Rolling Back ChangeSet: inverses.yaml::createIndex::tidemark
DROP INDEX ix_rb_child_label;

-- Rolling Back ChangeSet: inverses.yaml::renameView::tidemark
ALTER TABLE rb_view_new RENAME TO rb_view_old;

DROP VIEW rb_view_old;

-- Rolling Back ChangeSet: inverses.yaml::createView::tidemark
DROP VIEW rb_view;

-- Rolling Back ChangeSet: inverses.yaml::renameTable::tidemark
ALTER TABLE rb_renamed RENAME TO rb_new;

-- Rolling Back ChangeSet: inverses.yaml::renameColumn::tidemark
ALTER TABLE rb_child RENAME COLUMN remark TO note;

-- Rolling Back ChangeSet: inverses.yaml::addColumn::tidemark
ALTER TABLE rb_child ALTER COLUMN extra DROP DEFAULT;

ALTER TABLE rb_child ALTER COLUMN flag DROP DEFAULT;

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
UPDATE databasechangeloglock SET LOCKED = FALSE, LOCKEDBY = NULL, LOCKGRANTED = NULL WHERE ID = 1;

