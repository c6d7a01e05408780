-- changeset dropAllForeignKeyConstraints-1
CREATE TABLE da_parent (id INTEGER NOT NULL, CONSTRAINT PK_DA_PARENT PRIMARY KEY (id));
CREATE TABLE da_child (id INTEGER NOT NULL, a_id INTEGER, b_id INTEGER, CONSTRAINT PK_DA_CHILD PRIMARY KEY (id), CONSTRAINT fk_da_child_a FOREIGN KEY (a_id) REFERENCES da_parent(id), CONSTRAINT fk_da_child_b FOREIGN KEY (b_id) REFERENCES da_parent(id));
CREATE TABLE da_other (id INTEGER NOT NULL, parent_id INTEGER, CONSTRAINT PK_DA_OTHER PRIMARY KEY (id), CONSTRAINT fk_da_other_parent FOREIGN KEY (parent_id) REFERENCES da_parent(id));

-- changeset dropAllForeignKeyConstraints-2
BEGIN
  FOR r IN (SELECT constraint_name FROM user_constraints WHERE constraint_type = 'R' AND table_name = 'DA_CHILD' ORDER BY constraint_name) LOOP
    EXECUTE IMMEDIATE 'ALTER TABLE da_child DROP CONSTRAINT "' || r.constraint_name || '"';
  END LOOP;
END;
/

