--liquibase formatted sql

--changeset alice:1
--preconditions onFail:MARK_RAN
--precondition-column-exists table:person column:id
alter table person add column email varchar(255);
