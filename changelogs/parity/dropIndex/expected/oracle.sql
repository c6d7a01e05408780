-- changeset dropIndex-1
CREATE TABLE di_book (id INTEGER NOT NULL, title VARCHAR2(200), isbn VARCHAR2(20), CONSTRAINT PK_DI_BOOK PRIMARY KEY (id));
CREATE INDEX ix_di_book_title ON di_book(title);
CREATE INDEX ix_di_book_isbn ON di_book(isbn);

-- changeset dropIndex-2
DROP INDEX ix_di_book_title;

