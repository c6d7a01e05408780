--liquibase formatted sql

--changeset alice:1 runOnChange:maybe
create table person (id int);
