-- changeset createProcedure-1
CREATE TABLE cp_log (msg VARCHAR(100) NULL);

-- changeset createProcedure-3
CREATE PROCEDURE cp_log_msg(IN m VARCHAR(100))
BEGIN
  INSERT INTO cp_log (msg) VALUES (m);
END;

-- changeset createProcedure-5

