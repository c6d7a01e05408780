--liquibase formatted sql

--changeset lb:30
CREATE TABLE im_report (id INT, total DECIMAL(10,2));
--rollback DROP TABLE im_report;

--changeset lb:31 runOnChange:true
--comment: refreshed whenever it changes
DELETE FROM im_report WHERE id < 100;
INSERT INTO im_report (id, total) VALUES (1, 10.50);

--changeset lb:32
INSERT INTO im_report (id, total) VALUES (100, 1.00);
