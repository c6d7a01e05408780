--liquibase formatted sql
--comment: this comment belongs to no changeset

--changeset alice:1
create table person (id int);
