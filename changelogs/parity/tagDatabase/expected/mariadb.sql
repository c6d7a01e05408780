-- changeset tagDatabase-1
CREATE TABLE tg_item (id INT NULL);

-- changeset tagDatabase-2

-- changeset tagDatabase-3

