-- changeset dropProcedure-2
CREATE PROCEDURE dp_noop() BEGIN SELECT 1; END;

-- changeset dropProcedure-3
DROP PROCEDURE dp_noop;

