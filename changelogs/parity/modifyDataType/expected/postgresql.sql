-- changeset modifyDataType-1
CREATE TABLE md_item (id INTEGER NOT NULL, code VARCHAR(10), qty INTEGER, CONSTRAINT md_item_pkey PRIMARY KEY (id));

-- changeset modifyDataType-2
ALTER TABLE md_item ALTER COLUMN code TYPE VARCHAR(50) USING (code::VARCHAR(50));

-- changeset modifyDataType-3
ALTER TABLE public.md_item ALTER COLUMN qty TYPE BIGINT USING (qty::BIGINT);

