-- changeset renameColumn-1
CREATE TABLE rc_item (id INT NOT NULL, nm VARCHAR(50), descr VARCHAR(200), CONSTRAINT PK_RC_ITEM PRIMARY KEY (id));

-- changeset renameColumn-2
ALTER TABLE rc_item ALTER COLUMN nm RENAME TO name;
COMMENT ON COLUMN rc_item.name IS 'Display name';

-- changeset renameColumn-3
ALTER TABLE public.rc_item ALTER COLUMN descr RENAME TO description;

