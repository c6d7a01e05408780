-- changeset renameTable-1
CREATE TABLE rt_old (id INT NULL);

-- changeset renameTable-2
ALTER TABLE rt_old RENAME rt_new;

