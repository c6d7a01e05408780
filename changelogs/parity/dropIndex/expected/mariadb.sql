-- changeset dropIndex-1
CREATE TABLE di_book (id INT NOT NULL, title VARCHAR(200) NULL, isbn VARCHAR(20) NULL, CONSTRAINT PK_DI_BOOK PRIMARY KEY (id));
CREATE INDEX ix_di_book_title ON di_book(title);
CREATE INDEX ix_di_book_isbn ON di_book(isbn);

-- changeset dropIndex-2
DROP INDEX ix_di_book_title ON di_book;

