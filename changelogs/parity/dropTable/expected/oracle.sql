-- changeset dropTable-1
CREATE TABLE dt_parent (id INTEGER NOT NULL, CONSTRAINT PK_DT_PARENT PRIMARY KEY (id));
CREATE TABLE dt_child (id INTEGER NOT NULL, parent_id INTEGER, CONSTRAINT PK_DT_CHILD PRIMARY KEY (id), CONSTRAINT fk_dt_child_parent FOREIGN KEY (parent_id) REFERENCES dt_parent(id));
CREATE TABLE dt_plain (id INTEGER);

-- changeset dropTable-2
DROP TABLE dt_plain;

