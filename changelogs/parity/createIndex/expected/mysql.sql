-- changeset createIndex-1
CREATE TABLE ci_book (id INT NOT NULL, title VARCHAR(200) NULL, author VARCHAR(100) NULL, isbn VARCHAR(20) NULL, price DECIMAL(10, 2) NULL, CONSTRAINT PK_CI_BOOK PRIMARY KEY (id));

-- changeset createIndex-2
CREATE INDEX ix_ci_book_title ON ci_book(title);

-- changeset createIndex-3
CREATE UNIQUE INDEX ux_ci_book_isbn ON ci_book(isbn);

-- changeset createIndex-4
CREATE INDEX ix_ci_book_author_price ON ci_book(author, price DESC);

