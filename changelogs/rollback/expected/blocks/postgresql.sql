-- *********************************************************************
-- SQL to roll back currently unexecuted changes
-- *********************************************************************
-- Change Log: blocks.yaml
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

-- Rolling Back ChangeSet: blocks.sql::formatted-4::tidemark
DROP TABLE bl_formatted4;

-- Rolling Back ChangeSet: blocks.sql::formatted-3::tidemark
-- Rolling Back ChangeSet: blocks.sql::formatted-2::tidemark
DROP TABLE bl_formatted3;

DROP TABLE bl_formatted2;

-- Rolling Back ChangeSet: blocks.sql::formatted-1::tidemark
DROP TABLE bl_formatted;

-- Rolling Back ChangeSet: blocks.yaml::modified-forward-only::tidemark
DROP TABLE bl_forward;

-- Rolling Back ChangeSet: blocks.yaml::modified::tidemark
DROP TABLE bl_modified /* applied both ways */;

-- Rolling Back ChangeSet: blocks.yaml::per-database::tidemark
DROP TABLE bl_dbms CASCADE;

-- Rolling Back ChangeSet: blocks.yaml::empty::tidemark
-- Rolling Back ChangeSet: blocks.yaml::reference::tidemark
DROP TABLE bl_reference;

-- Rolling Back ChangeSet: blocks.yaml::changes::tidemark
DROP TABLE bl_changes;

-- Rolling Back ChangeSet: blocks.yaml::text::tidemark
DROP TABLE bl_text;

-- Release Database Lock
UPDATE databasechangeloglock SET LOCKED = FALSE, LOCKEDBY = NULL, LOCKGRANTED = NULL WHERE ID = 1;

