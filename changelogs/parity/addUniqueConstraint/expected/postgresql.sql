-- changeset addUniqueConstraint-1
CREATE TABLE au_item (id INTEGER NOT NULL, code VARCHAR(10), name VARCHAR(50), sku VARCHAR(20), CONSTRAINT au_item_pkey PRIMARY KEY (id));

-- changeset addUniqueConstraint-2
ALTER TABLE au_item ADD CONSTRAINT uq_au_item_code UNIQUE (code);

-- changeset addUniqueConstraint-3
ALTER TABLE public.au_item ADD CONSTRAINT uq_au_item_name_sku UNIQUE (name, sku) USING INDEX TABLESPACE pg_default DEFERRABLE INITIALLY DEFERRED;

