CREATE OR REPLACE PROCEDURE cp_touch()
LANGUAGE sql
AS $$
  INSERT INTO cp_log (msg) VALUES ('touched')
$$
