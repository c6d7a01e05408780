--liquibase formatted sql

--changeset tidemark:formatted-1
CREATE TABLE bl_formatted (id INT);
--rollback DROP TABLE bl_formatted;

--changeset tidemark:formatted-2
CREATE TABLE bl_formatted2 (id INT);
CREATE TABLE bl_formatted3 (id INT);
--rollback DROP TABLE bl_formatted3;
--rollback DROP TABLE bl_formatted2;

--changeset tidemark:formatted-3
INSERT INTO bl_formatted (id) VALUES (1);
--rollback empty

--changeset tidemark:formatted-4
CREATE TABLE bl_formatted4 (id INT);
/* liquibase rollback
DROP TABLE bl_formatted4;
*/
