-- changeset sqlFile-1
CREATE TABLE sf_log (id INT, msg VARCHAR(100));

-- changeset sqlFile-2
INSERT INTO sf_log (id, msg) VALUES (1, 'one');
INSERT INTO sf_log (id, msg) VALUES (2, 'two');

-- changeset sqlFile-3
INSERT INTO sf_log (id, msg) VALUES (3, 'three');
INSERT INTO sf_log (id, msg) VALUES (4, 'four');

-- changeset sqlFile-4
INSERT INTO sf_log (id, msg) VALUES (5, 'semi;colon');

-- changeset sqlFile-5

