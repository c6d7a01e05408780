-- changeset dropDefaultValue-1
CREATE TABLE dd_item (id INTEGER NOT NULL, status VARCHAR2(20) DEFAULT 'new', qty INTEGER DEFAULT 0, CONSTRAINT PK_DD_ITEM PRIMARY KEY (id));

-- changeset dropDefaultValue-2
ALTER TABLE dd_item MODIFY status DEFAULT NULL;

