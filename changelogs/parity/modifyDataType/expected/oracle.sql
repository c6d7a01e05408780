-- changeset modifyDataType-1
CREATE TABLE md_item (id INTEGER NOT NULL, code VARCHAR2(10), qty INTEGER, CONSTRAINT PK_MD_ITEM PRIMARY KEY (id));

-- changeset modifyDataType-2
ALTER TABLE md_item MODIFY code VARCHAR2(50);

