--liquibase formatted sql

--changeset alice:1
create table person (id int);

--liquibase formatted sql
--changeset alice:2
create table pet (id int);
