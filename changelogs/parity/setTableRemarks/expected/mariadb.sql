-- changeset setTableRemarks-1
CREATE TABLE tr_book (id INT NOT NULL, CONSTRAINT PK_TR_BOOK PRIMARY KEY (id));
CREATE TABLE tr_author (id INT NOT NULL, CONSTRAINT PK_TR_AUTHOR PRIMARY KEY (id));

-- changeset setTableRemarks-2
ALTER TABLE tr_book COMMENT = 'Books in the catalogue; it''s quoted';

