-- changeset createProcedure-1
CREATE TABLE cp_log (msg VARCHAR(100));

-- changeset createProcedure-2
CREATE OR REPLACE PROCEDURE public.cp_log_msg(m VARCHAR)
LANGUAGE plpgsql
AS $$
BEGIN
  INSERT INTO cp_log (msg) VALUES (m);
END;
$$;

-- changeset createProcedure-5
CREATE OR REPLACE PROCEDURE cp_touch()
LANGUAGE sql
AS $$
  INSERT INTO cp_log (msg) VALUES ('touched')
$$;

