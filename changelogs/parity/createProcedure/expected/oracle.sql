-- changeset createProcedure-1
CREATE TABLE cp_log (msg VARCHAR2(100));

-- changeset createProcedure-5

