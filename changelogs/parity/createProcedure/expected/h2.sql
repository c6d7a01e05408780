-- changeset createProcedure-1
CREATE TABLE cp_log (msg VARCHAR(100));

-- changeset createProcedure-4
CREATE ALIAS cp_abs FOR 'java.lang.Math.abs(int)';

-- changeset createProcedure-5

