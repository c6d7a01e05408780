-- changeset renameSequence-1
CREATE SEQUENCE rs_old_seq;

-- changeset renameSequence-2
RENAME rs_old_seq TO rs_new_seq;

