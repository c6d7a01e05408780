-- changeset dropUniqueConstraint-1
CREATE TABLE du_item (id INTEGER NOT NULL, code VARCHAR2(10), name VARCHAR2(50), CONSTRAINT PK_DU_ITEM PRIMARY KEY (id), CONSTRAINT uq_du_item_code UNIQUE (code), CONSTRAINT uq_du_item_name UNIQUE (name));

-- changeset dropUniqueConstraint-2
ALTER TABLE du_item DROP CONSTRAINT uq_du_item_code DROP INDEX;

