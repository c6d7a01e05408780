-- changeset executeCommand-1

-- changeset executeCommand-2

-- changeset executeCommand-3

