-- changeset addNotNullConstraint-1
CREATE TABLE an_item (id INTEGER NOT NULL, status VARCHAR(20), qty INTEGER, CONSTRAINT an_item_pkey PRIMARY KEY (id));
INSERT INTO an_item (id, qty) VALUES (1, 3);

-- changeset addNotNullConstraint-2
UPDATE an_item SET status = 'new' WHERE status IS NULL;
ALTER TABLE an_item ALTER COLUMN  status SET NOT NULL;

-- changeset addNotNullConstraint-3
ALTER TABLE public.an_item ALTER COLUMN  qty SET NOT NULL;

