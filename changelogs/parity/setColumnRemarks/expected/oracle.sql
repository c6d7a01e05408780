-- changeset setColumnRemarks-1
CREATE TABLE sr_book (id INTEGER NOT NULL, title VARCHAR2(200), isbn VARCHAR2(20), CONSTRAINT PK_SR_BOOK PRIMARY KEY (id));
CREATE VIEW sr_titles AS SELECT id, title FROM sr_book;

-- changeset setColumnRemarks-2
COMMENT ON COLUMN sr_book.title IS 'Title as printed on the cover';

