-- changeset output-1

-- changeset output-2

