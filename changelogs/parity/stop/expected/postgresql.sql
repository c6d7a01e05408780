-- changeset stop-1
CREATE TABLE st_item (id INTEGER);

-- changeset stop-2

-- changeset stop-3

