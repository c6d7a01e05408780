-- changeset dropUniqueConstraint-1
CREATE TABLE du_item (id INT NOT NULL, code VARCHAR(10) NULL, name VARCHAR(50) NULL, CONSTRAINT PK_DU_ITEM PRIMARY KEY (id), CONSTRAINT uq_du_item_code UNIQUE (code), CONSTRAINT uq_du_item_name UNIQUE (name));

-- changeset dropUniqueConstraint-2
ALTER TABLE du_item DROP KEY uq_du_item_code;

