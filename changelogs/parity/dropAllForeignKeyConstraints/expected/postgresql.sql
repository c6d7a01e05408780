-- changeset dropAllForeignKeyConstraints-1
CREATE TABLE da_parent (id INTEGER NOT NULL, CONSTRAINT da_parent_pkey PRIMARY KEY (id));
CREATE TABLE da_child (id INTEGER NOT NULL, a_id INTEGER, b_id INTEGER, CONSTRAINT da_child_pkey PRIMARY KEY (id), CONSTRAINT fk_da_child_a FOREIGN KEY (a_id) REFERENCES da_parent(id), CONSTRAINT fk_da_child_b FOREIGN KEY (b_id) REFERENCES da_parent(id));
CREATE TABLE da_other (id INTEGER NOT NULL, parent_id INTEGER, CONSTRAINT da_other_pkey PRIMARY KEY (id), CONSTRAINT fk_da_other_parent FOREIGN KEY (parent_id) REFERENCES da_parent(id));

-- changeset dropAllForeignKeyConstraints-2
DO $$
DECLARE r record;
BEGIN
  FOR r IN SELECT conname FROM pg_catalog.pg_constraint WHERE contype = 'f' AND conrelid = 'da_child'::regclass ORDER BY conname LOOP
    EXECUTE 'ALTER TABLE da_child DROP CONSTRAINT ' || quote_ident(r.conname);
  END LOOP;
END $$;

-- changeset dropAllForeignKeyConstraints-3
DO $$
DECLARE r record;
BEGIN
  FOR r IN SELECT conname FROM pg_catalog.pg_constraint WHERE contype = 'f' AND conrelid = 'public.da_other'::regclass ORDER BY conname LOOP
    EXECUTE 'ALTER TABLE public.da_other DROP CONSTRAINT ' || quote_ident(r.conname);
  END LOOP;
END $$;

