-- changeset dropDefaultValue-1
CREATE TABLE dd_item (id INTEGER NOT NULL, status VARCHAR(20) DEFAULT 'new', qty INTEGER DEFAULT 0, CONSTRAINT dd_item_pkey PRIMARY KEY (id));

-- changeset dropDefaultValue-2
ALTER TABLE dd_item ALTER COLUMN status DROP DEFAULT;

-- changeset dropDefaultValue-3
ALTER TABLE public.dd_item ALTER COLUMN qty DROP DEFAULT;

