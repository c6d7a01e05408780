--liquibase formatted sql

--changeset alice:1
-- a comment line
INSERT INTO person (id, name) VALUES (1, 'Bob');
INSERT INTO person (id, name) VALUES (2, 'Ann');
--rollback DELETE FROM person;

--changeset bob:2 splitStatements:false endDelimiter:GO stripComments:true
CREATE TABLE t (id INT)
GO
/* block */
SELECT 1


--changeset bob:3 dbms:mariadb
SELECT 2;
--comment: not hashed

--changeset bob:5 runOnChange:true
SELECT	3;
