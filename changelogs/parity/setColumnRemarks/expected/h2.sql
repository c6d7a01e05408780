-- changeset setColumnRemarks-1
CREATE TABLE sr_book (id INT NOT NULL, title VARCHAR(200), isbn VARCHAR(20), CONSTRAINT PK_SR_BOOK PRIMARY KEY (id));
CREATE VIEW sr_titles AS SELECT id, title FROM sr_book;

-- changeset setColumnRemarks-2
COMMENT ON COLUMN sr_book.title IS 'Title as printed on the cover';

-- changeset setColumnRemarks-3
COMMENT ON COLUMN public.sr_book.isbn IS 'ISBN-13';

