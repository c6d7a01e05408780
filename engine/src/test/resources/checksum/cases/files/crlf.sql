INSERT INTO t VALUES (1);

-- comment
INSERT   INTO t	VALUES (2);
