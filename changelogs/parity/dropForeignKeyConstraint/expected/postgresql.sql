-- changeset dropForeignKeyConstraint-1
CREATE TABLE df_parent (id INTEGER NOT NULL, CONSTRAINT df_parent_pkey PRIMARY KEY (id));
CREATE TABLE df_child (id INTEGER NOT NULL, a_id INTEGER, b_id INTEGER, CONSTRAINT df_child_pkey PRIMARY KEY (id), CONSTRAINT fk_df_child_a FOREIGN KEY (a_id) REFERENCES df_parent(id), CONSTRAINT fk_df_child_b FOREIGN KEY (b_id) REFERENCES df_parent(id));

-- changeset dropForeignKeyConstraint-2
ALTER TABLE df_child DROP CONSTRAINT fk_df_child_a;

-- changeset dropForeignKeyConstraint-3
ALTER TABLE public.df_child DROP CONSTRAINT fk_df_child_b;

