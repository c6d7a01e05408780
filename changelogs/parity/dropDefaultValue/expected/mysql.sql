-- changeset dropDefaultValue-1
CREATE TABLE dd_item (id INT NOT NULL, status VARCHAR(20) DEFAULT 'new' NULL, qty INT DEFAULT 0 NULL, CONSTRAINT PK_DD_ITEM PRIMARY KEY (id));

-- changeset dropDefaultValue-2
ALTER TABLE dd_item ALTER status DROP DEFAULT;

