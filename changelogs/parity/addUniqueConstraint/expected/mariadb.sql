-- changeset addUniqueConstraint-1
CREATE TABLE au_item (id INT NOT NULL, code VARCHAR(10) NULL, name VARCHAR(50) NULL, sku VARCHAR(20) NULL, CONSTRAINT PK_AU_ITEM PRIMARY KEY (id));

-- changeset addUniqueConstraint-2
ALTER TABLE au_item ADD CONSTRAINT uq_au_item_code UNIQUE (code);

