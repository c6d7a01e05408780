-- changeset stop-1
CREATE TABLE st_item (id INT NULL);

-- changeset stop-2

-- changeset stop-3

