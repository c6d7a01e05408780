-- changeset setColumnRemarks-1
CREATE TABLE sr_book (id INT NOT NULL, title VARCHAR(200) NULL, isbn VARCHAR(20) NULL, CONSTRAINT PK_SR_BOOK PRIMARY KEY (id));
CREATE VIEW sr_titles AS SELECT id, title FROM sr_book;

-- changeset setColumnRemarks-2
ALTER TABLE sr_book MODIFY COLUMN title VARCHAR(200) COMMENT 'Title as printed on the cover';

