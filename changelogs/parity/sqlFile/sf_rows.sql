-- two rows, split at the semicolons
INSERT INTO sf_log (id, msg) VALUES (1, 'one');
INSERT INTO sf_log (id, msg) VALUES (2, 'two');
