-- *********************************************************************
-- SQL to roll back currently unexecuted changes
-- *********************************************************************
-- Change Log: blocks.yaml
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
DROP TABLE bl_dbms;

-- Rolling Back ChangeSet: blocks.yaml::empty::tidemark
-- Rolling Back ChangeSet: blocks.yaml::reference::tidemark
DROP TABLE bl_reference;

-- Rolling Back ChangeSet: blocks.yaml::changes::tidemark
DROP TABLE bl_changes;

-- Rolling Back ChangeSet: blocks.yaml::text::tidemark
DROP TABLE bl_text;

-- Release Database Lock
UPDATE DATABASECHANGELOGLOCK SET LOCKED = 0, LOCKEDBY = NULL, LOCKGRANTED = NULL WHERE ID = 1;

