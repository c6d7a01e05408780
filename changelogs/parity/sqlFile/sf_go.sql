INSERT INTO sf_log (id, msg) VALUES (3, 'three')
GO
INSERT INTO sf_log (id, msg) VALUES (4, 'four')
GO
