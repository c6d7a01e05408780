-- changeset renameSequence-1
CREATE SEQUENCE  IF NOT EXISTS rs_old_seq;

-- changeset renameSequence-2
ALTER SEQUENCE rs_old_seq RENAME TO rs_new_seq;

-- changeset renameSequence-3
ALTER SEQUENCE public.rs_new_seq RENAME TO rs_final_seq;

