-- changeset modifyDataType-1
CREATE TABLE md_item (id INT NOT NULL, code VARCHAR(10) NULL, qty INT NULL, CONSTRAINT PK_MD_ITEM PRIMARY KEY (id));

-- changeset modifyDataType-2
ALTER TABLE md_item MODIFY code VARCHAR(50);

