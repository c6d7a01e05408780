-- changeset dropNotNullConstraint-1
CREATE TABLE dn_item (id INTEGER NOT NULL, status VARCHAR(20) NOT NULL, qty INTEGER NOT NULL, CONSTRAINT dn_item_pkey PRIMARY KEY (id));

-- changeset dropNotNullConstraint-2
ALTER TABLE dn_item ALTER COLUMN  status DROP NOT NULL;

-- changeset dropNotNullConstraint-3
ALTER TABLE public.dn_item ALTER COLUMN  qty DROP NOT NULL;

