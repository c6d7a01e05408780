-- changeset dropForeignKeyConstraint-1
CREATE TABLE df_parent (id INT NOT NULL, CONSTRAINT PK_DF_PARENT PRIMARY KEY (id));
CREATE TABLE df_child (id INT NOT NULL, a_id INT NULL, b_id INT NULL, CONSTRAINT PK_DF_CHILD PRIMARY KEY (id), CONSTRAINT fk_df_child_a FOREIGN KEY (a_id) REFERENCES df_parent(id), CONSTRAINT fk_df_child_b FOREIGN KEY (b_id) REFERENCES df_parent(id));

-- changeset dropForeignKeyConstraint-2
ALTER TABLE df_child DROP FOREIGN KEY fk_df_child_a;

