-- changeset dropNotNullConstraint-1
CREATE TABLE dn_item (id INTEGER NOT NULL, status VARCHAR2(20) CONSTRAINT nn_dn_item_status NOT NULL, qty INTEGER NOT NULL, CONSTRAINT PK_DN_ITEM PRIMARY KEY (id));

-- changeset dropNotNullConstraint-2
ALTER TABLE dn_item DROP CONSTRAINT nn_dn_item_status;

