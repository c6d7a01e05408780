--liquibase formatted sql

--changeset alice:1
create table person (id int);

--changeset alice:1
create table pet (id int);
