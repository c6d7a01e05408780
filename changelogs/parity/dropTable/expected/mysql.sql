-- changeset dropTable-1
CREATE TABLE dt_parent (id INT NOT NULL, CONSTRAINT PK_DT_PARENT PRIMARY KEY (id));
CREATE TABLE dt_child (id INT NOT NULL, parent_id INT NULL, CONSTRAINT PK_DT_CHILD PRIMARY KEY (id), CONSTRAINT fk_dt_child_parent FOREIGN KEY (parent_id) REFERENCES dt_parent(id));
CREATE TABLE dt_plain (id INT NULL);

-- changeset dropTable-2
DROP TABLE dt_plain;

