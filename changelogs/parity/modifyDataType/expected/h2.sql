-- changeset modifyDataType-1
CREATE TABLE md_item (id INT NOT NULL, code VARCHAR(10), qty INT, CONSTRAINT PK_MD_ITEM PRIMARY KEY (id));

-- changeset modifyDataType-2
ALTER TABLE md_item ALTER COLUMN code VARCHAR(50);

-- changeset modifyDataType-3
ALTER TABLE public.md_item ALTER COLUMN qty BIGINT;

