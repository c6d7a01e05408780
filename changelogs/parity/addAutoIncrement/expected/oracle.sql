-- changeset addAutoIncrement-1
CREATE TABLE aa_item (id INTEGER NOT NULL, CONSTRAINT PK_AA_ITEM PRIMARY KEY (id));
CREATE TABLE aa_tag (id NUMBER(38, 0) NOT NULL, CONSTRAINT PK_AA_TAG PRIMARY KEY (id));

-- changeset addAutoIncrement-2
-- unsupported: addAutoIncrement is not supported on Oracle 19.0

