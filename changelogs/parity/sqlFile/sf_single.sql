INSERT INTO sf_log (id, msg) VALUES (5, 'semi;colon')
