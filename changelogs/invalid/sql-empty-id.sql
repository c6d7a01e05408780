--liquibase formatted sql

--changeset alice:
create table person (id int);
