-- changeset createProcedure-1
CREATE TABLE cp_log (msg VARCHAR(100) NULL);

-- changeset createProcedure-5

