-- changeset renameTable-1
CREATE TABLE rt_old (id INTEGER);

-- changeset renameTable-2
ALTER TABLE rt_old RENAME TO rt_new;

