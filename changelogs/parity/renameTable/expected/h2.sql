-- changeset renameTable-1
CREATE TABLE rt_old (id INT);

-- changeset renameTable-2
ALTER TABLE rt_old RENAME TO rt_new;

-- changeset renameTable-3
ALTER TABLE public.rt_new RENAME TO rt_final;

