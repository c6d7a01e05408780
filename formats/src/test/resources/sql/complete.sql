-- liquibase formatted sql logicalFilePath:db/complete.sql

--property name:schema value:app global:false
--property name:owner value:"the team" context:"dev or test"

-- changeset alice:1 labels:setup context:"!prod"
-- comment: creates the person table
create table ${schema}.person (
    id int primary key,
    name varchar(100) -- display name
);
-- rollback drop table ${schema}.person;

--changeset "bob smith":"2: seed" runOnChange:true splitStatements:false endDelimiter:GO
--validCheckSum: 9:0123456789abcdef0123456789abcdef
--preconditions onFail:MARK_RAN onError:HALT
--precondition-table-exists table:person schema:app
--precondition-sql-check expectedResult:0 select count(*) from app.person
insert into app.person values (1, 'Ann')
GO
/* liquibase rollback
delete from app.person;
*/

--changeset alice:3 dbms:postgresql,h2 rollbackSplitStatements:false
create view app.v_person as select * from app.person;
--rollback drop view app.v_person;

--changeset alice:4
--ignoreLines:start
select 'not here';
--ignoreLines:end
alter table app.person add email varchar(100);
--rollback changesetId:1 changesetAuthor:alice
