-- changeset dropNotNullConstraint-1
CREATE TABLE dn_item (id INT NOT NULL, status VARCHAR(20) NOT NULL, qty INT NOT NULL, CONSTRAINT PK_DN_ITEM PRIMARY KEY (id));

-- changeset dropNotNullConstraint-2
ALTER TABLE dn_item MODIFY status VARCHAR(20) NULL;

