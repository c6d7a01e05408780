-- changeset dropColumn-1
CREATE TABLE dc_item (id INT NOT NULL, a INT NULL, b INT NULL, c INT NULL, d INT NULL, CONSTRAINT PK_DC_ITEM PRIMARY KEY (id));

-- changeset dropColumn-2
ALTER TABLE dc_item DROP COLUMN a;

-- changeset dropColumn-3
ALTER TABLE dc_item DROP b, DROP c;

