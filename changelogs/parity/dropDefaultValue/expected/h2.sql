-- changeset dropDefaultValue-1
CREATE TABLE dd_item (id INT NOT NULL, status VARCHAR(20) DEFAULT 'new', qty INT DEFAULT 0, CONSTRAINT PK_DD_ITEM PRIMARY KEY (id));

-- changeset dropDefaultValue-2
ALTER TABLE dd_item ALTER COLUMN status DROP DEFAULT;

-- changeset dropDefaultValue-3
ALTER TABLE public.dd_item ALTER COLUMN qty DROP DEFAULT;

