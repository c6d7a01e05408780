-- changeset dropIndex-1
CREATE TABLE di_book (id INTEGER NOT NULL, title VARCHAR(200), isbn VARCHAR(20), CONSTRAINT di_book_pkey PRIMARY KEY (id));
CREATE INDEX ix_di_book_title ON di_book(title);
CREATE INDEX ix_di_book_isbn ON di_book(isbn);

-- changeset dropIndex-2
DROP INDEX ix_di_book_title;

-- changeset dropIndex-3
DROP INDEX public.ix_di_book_isbn;

