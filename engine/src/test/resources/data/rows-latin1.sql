-- rows
INSERT INTO t VALUES (1, ${who});
INSERT INTO t VALUES (2, 'café');
