--liquibase formatted sql

--changeset alice:1
--comment: nothing here

--changeset alice:2
create table person (id int);
