-- changeset dropPrimaryKey-1
CREATE TABLE dp_item (id INTEGER NOT NULL, CONSTRAINT pk_dp_item PRIMARY KEY (id));
CREATE TABLE dp_tag (id INTEGER NOT NULL, CONSTRAINT pk_dp_tag PRIMARY KEY (id));

-- changeset dropPrimaryKey-2
ALTER TABLE dp_item DROP CONSTRAINT pk_dp_item;

-- changeset dropPrimaryKey-3
DO $$ DECLARE constraint_name varchar;
BEGIN
  SELECT tc.CONSTRAINT_NAME into strict constraint_name
    FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc
    WHERE CONSTRAINT_TYPE = 'PRIMARY KEY'
      AND TABLE_NAME = 'dp_tag' AND TABLE_SCHEMA = 'public';
    EXECUTE 'alter table public.dp_tag drop constraint "' || constraint_name || '"';
END $$;

