-- changeset renameColumn-1
CREATE TABLE rc_item (id INTEGER NOT NULL, nm VARCHAR2(50), descr VARCHAR2(200), CONSTRAINT PK_RC_ITEM PRIMARY KEY (id));

-- changeset renameColumn-2
ALTER TABLE rc_item RENAME COLUMN nm TO name;
COMMENT ON COLUMN rc_item.name IS 'Display name';

