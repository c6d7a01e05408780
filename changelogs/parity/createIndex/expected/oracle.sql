-- changeset createIndex-1
CREATE TABLE ci_book (id INTEGER NOT NULL, title VARCHAR2(200), author VARCHAR2(100), isbn VARCHAR2(20), price DECIMAL(10, 2), CONSTRAINT PK_CI_BOOK PRIMARY KEY (id));

-- changeset createIndex-2
CREATE INDEX ix_ci_book_title ON ci_book(title);

-- changeset createIndex-3
CREATE UNIQUE INDEX ux_ci_book_isbn ON ci_book(isbn);

-- changeset createIndex-4
CREATE INDEX ix_ci_book_author_price ON ci_book(author, price DESC);

