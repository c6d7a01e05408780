-- changeset dropColumn-1
CREATE TABLE dc_item (id INT NOT NULL, a INT, b INT, c INT, d INT, CONSTRAINT PK_DC_ITEM PRIMARY KEY (id));

-- changeset dropColumn-2
ALTER TABLE dc_item DROP COLUMN a;

-- changeset dropColumn-3
ALTER TABLE dc_item DROP COLUMN b;
ALTER TABLE dc_item DROP COLUMN c;

-- changeset dropColumn-4
ALTER TABLE public.dc_item DROP COLUMN d;

