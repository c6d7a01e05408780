CREATE TABLE sf_log (id INT, msg VARCHAR(100));
