-- changeset dropAllForeignKeyConstraints-1
CREATE TABLE da_parent (id INT NOT NULL, CONSTRAINT PK_DA_PARENT PRIMARY KEY (id));
CREATE TABLE da_child (id INT NOT NULL, a_id INT NULL, b_id INT NULL, CONSTRAINT PK_DA_CHILD PRIMARY KEY (id), CONSTRAINT fk_da_child_a FOREIGN KEY (a_id) REFERENCES da_parent(id), CONSTRAINT fk_da_child_b FOREIGN KEY (b_id) REFERENCES da_parent(id));
CREATE TABLE da_other (id INT NOT NULL, parent_id INT NULL, CONSTRAINT PK_DA_OTHER PRIMARY KEY (id), CONSTRAINT fk_da_other_parent FOREIGN KEY (parent_id) REFERENCES da_parent(id));

-- changeset dropAllForeignKeyConstraints-2
SET SESSION group_concat_max_len = GREATEST(@@SESSION.group_concat_max_len, 1048576);
SET @tidemark_ddl = COALESCE((SELECT CONCAT('ALTER TABLE da_child ', GROUP_CONCAT(CONCAT('DROP FOREIGN KEY `', REPLACE(CONSTRAINT_NAME, '`', '``'), '`') ORDER BY CONSTRAINT_NAME SEPARATOR ', ')) FROM information_schema.TABLE_CONSTRAINTS WHERE CONSTRAINT_TYPE = 'FOREIGN KEY' AND TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'da_child'), 'DO 0');
PREPARE tidemark_stmt FROM @tidemark_ddl;
EXECUTE tidemark_stmt;
DEALLOCATE PREPARE tidemark_stmt;

