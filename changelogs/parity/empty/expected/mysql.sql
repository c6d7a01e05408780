-- changeset empty-1

-- changeset empty-2

