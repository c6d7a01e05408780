-- changeset renameColumn-1
CREATE TABLE rc_item (id INTEGER NOT NULL, nm VARCHAR(50), descr VARCHAR(200), CONSTRAINT rc_item_pkey PRIMARY KEY (id));

-- changeset renameColumn-2
ALTER TABLE rc_item RENAME COLUMN nm TO name;
COMMENT ON COLUMN rc_item.name IS 'Display name';

-- changeset renameColumn-3
ALTER TABLE public.rc_item RENAME COLUMN descr TO description;

