--liquibase formatted sql

--changeset tidemark:sql-1
CREATE TABLE sq_log (id INT, msg VARCHAR(100));

--changeset tidemark:sql-2
INSERT INTO sq_log (id, msg) VALUES (1, 'one');

--changeset tidemark:sql-3 splitStatements:true stripComments:true endDelimiter:;
--comment: Two rows in one change.
-- two rows
INSERT INTO sq_log (id, msg) VALUES (2, 'two');
INSERT INTO sq_log (id, msg) VALUES (3, 'three');

--changeset tidemark:sql-4 endDelimiter:GO
INSERT INTO sq_log (id, msg) VALUES (4, 'four')
GO
INSERT INTO sq_log (id, msg) VALUES (5, 'five')
GO

--changeset tidemark:sql-5 splitStatements:false stripComments:false
INSERT INTO sq_log (id, msg) VALUES (6, 'semi;colon')

--changeset tidemark:sql-6 dbms:postgresql,mariadb,h2
INSERT INTO sq_log (id, msg) VALUES (7, 'seven');
