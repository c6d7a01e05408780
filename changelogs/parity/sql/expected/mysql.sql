-- changeset sql-1
CREATE TABLE sq_log (id INT, msg VARCHAR(100));

-- changeset sql-2
INSERT INTO sq_log (id, msg) VALUES (1, 'one');

-- changeset sql-3
INSERT INTO sq_log (id, msg) VALUES (2, 'two');
INSERT INTO sq_log (id, msg) VALUES (3, 'three');

-- changeset sql-4
INSERT INTO sq_log (id, msg) VALUES (4, 'four');
INSERT INTO sq_log (id, msg) VALUES (5, 'five');

-- changeset sql-5
INSERT INTO sq_log (id, msg) VALUES (6, 'semi;colon');

-- changeset sql-6

