-- changeset dropTable-1
CREATE TABLE dt_parent (id INTEGER NOT NULL, CONSTRAINT dt_parent_pkey PRIMARY KEY (id));
CREATE TABLE dt_child (id INTEGER NOT NULL, parent_id INTEGER, CONSTRAINT dt_child_pkey PRIMARY KEY (id), CONSTRAINT fk_dt_child_parent FOREIGN KEY (parent_id) REFERENCES dt_parent(id));
CREATE TABLE dt_plain (id INTEGER);

-- changeset dropTable-2
DROP TABLE dt_plain;

-- changeset dropTable-3
DROP TABLE public.dt_parent CASCADE;

