--liquibase formatted sql

--changeset lb:30
CREATE TABLE im_report (id INT, total DECIMAL(10,2));
--rollback DROP TABLE im_report;

--changeset lb:31 runOnChange:true
--comment: refreshed whenever it changes
DELETE FROM im_report WHERE id < 100;
INSERT INTO im_report (id, total) VALUES (1, 10.50);
INSERT INTO im_report (id, total) VALUES (2, 20.25);

--changeset lb:32
--validCheckSum: 9:995605c0661dcacf68c096a702069d33
--comment: edited after it ran; the checksum it ran with stays valid
INSERT INTO im_report (id, total) VALUES (100, 2.00);

--changeset lb:33
INSERT INTO im_report (id, total) VALUES (300, 3.00);
