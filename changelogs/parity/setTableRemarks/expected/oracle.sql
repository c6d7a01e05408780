-- changeset setTableRemarks-1
CREATE TABLE tr_book (id INTEGER NOT NULL, CONSTRAINT PK_TR_BOOK PRIMARY KEY (id));
CREATE TABLE tr_author (id INTEGER NOT NULL, CONSTRAINT PK_TR_AUTHOR PRIMARY KEY (id));

-- changeset setTableRemarks-2
COMMENT ON TABLE tr_book IS 'Books in the catalogue; it''s quoted';

