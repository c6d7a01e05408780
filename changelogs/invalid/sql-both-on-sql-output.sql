--liquibase formatted sql

--changeset alice:1
--preconditions onUpdateSQL:FAIL onSqlOutput:TEST
--precondition-sql-check expectedResult:0 select count(*) from person
create table person (id int);
