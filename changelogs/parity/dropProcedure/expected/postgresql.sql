-- changeset dropProcedure-1
CREATE PROCEDURE dp_noop() LANGUAGE sql AS $$ SELECT 1 $$;
CREATE PROCEDURE dp_noop2() LANGUAGE sql AS $$ SELECT 2 $$;

-- changeset dropProcedure-3
DROP PROCEDURE dp_noop;

-- changeset dropProcedure-4
DROP PROCEDURE public.dp_noop2;

