-- changeset tagDatabase-1
CREATE TABLE tg_item (id INT);

-- changeset tagDatabase-2

-- changeset tagDatabase-3

