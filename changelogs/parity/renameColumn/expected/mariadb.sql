-- changeset renameColumn-1
CREATE TABLE rc_item (id INT NOT NULL, nm VARCHAR(50) NULL, descr VARCHAR(200) NULL, CONSTRAINT PK_RC_ITEM PRIMARY KEY (id));

-- changeset renameColumn-2
ALTER TABLE rc_item CHANGE nm name VARCHAR(50) COMMENT 'Display name';

