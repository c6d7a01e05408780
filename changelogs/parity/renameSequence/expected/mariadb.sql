-- changeset renameSequence-1
CREATE SEQUENCE rs_old_seq;

