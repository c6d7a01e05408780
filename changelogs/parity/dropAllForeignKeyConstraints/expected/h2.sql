-- changeset dropAllForeignKeyConstraints-1
CREATE TABLE da_parent (id INT NOT NULL, CONSTRAINT PK_DA_PARENT PRIMARY KEY (id));
CREATE TABLE da_child (id INT NOT NULL, a_id INT, b_id INT, CONSTRAINT PK_DA_CHILD PRIMARY KEY (id), CONSTRAINT fk_da_child_a FOREIGN KEY (a_id) REFERENCES da_parent(id), CONSTRAINT fk_da_child_b FOREIGN KEY (b_id) REFERENCES da_parent(id));
CREATE TABLE da_other (id INT NOT NULL, parent_id INT, CONSTRAINT PK_DA_OTHER PRIMARY KEY (id), CONSTRAINT fk_da_other_parent FOREIGN KEY (parent_id) REFERENCES da_parent(id));

-- changeset dropAllForeignKeyConstraints-2
-- unsupported: dropAllForeignKeyConstraints is not supported on H2 2.2: the foreign keys are only known at run time and H2 has no procedural SQL to look them up; use one dropForeignKeyConstraint per key

-- changeset dropAllForeignKeyConstraints-3
-- unsupported: dropAllForeignKeyConstraints is not supported on H2 2.2: the foreign keys are only known at run time and H2 has no procedural SQL to look them up; use one dropForeignKeyConstraint per key

