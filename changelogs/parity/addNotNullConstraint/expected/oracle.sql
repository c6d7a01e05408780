-- changeset addNotNullConstraint-1
CREATE TABLE an_item (id INTEGER NOT NULL, status VARCHAR2(20), qty INTEGER, CONSTRAINT PK_AN_ITEM PRIMARY KEY (id));
INSERT INTO an_item (id, qty) VALUES (1, 3);

-- changeset addNotNullConstraint-2
UPDATE an_item SET status = 'new' WHERE status IS NULL;
ALTER TABLE an_item MODIFY status CONSTRAINT nn_an_item_status NOT NULL;

-- changeset addNotNullConstraint-4
ALTER TABLE an_item MODIFY qty NOT NULL ENABLE NOVALIDATE;

