-- changeset dropUniqueConstraint-1
CREATE TABLE du_item (id INTEGER NOT NULL, code VARCHAR(10), name VARCHAR(50), CONSTRAINT du_item_pkey PRIMARY KEY (id), CONSTRAINT uq_du_item_code UNIQUE (code), CONSTRAINT uq_du_item_name UNIQUE (name));

-- changeset dropUniqueConstraint-2
ALTER TABLE du_item DROP CONSTRAINT uq_du_item_code;

-- changeset dropUniqueConstraint-3
ALTER TABLE public.du_item DROP CONSTRAINT uq_du_item_name;

