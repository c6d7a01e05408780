SELECT * FROM ${tbl} WHERE a = 1
