-- changeset createIndex-1
CREATE TABLE ci_book (id INTEGER NOT NULL, title VARCHAR(200), author VARCHAR(100), isbn VARCHAR(20), price DECIMAL(10, 2), CONSTRAINT ci_book_pkey PRIMARY KEY (id));

-- changeset createIndex-2
CREATE INDEX ix_ci_book_title ON ci_book(title);

-- changeset createIndex-3
CREATE UNIQUE INDEX ux_ci_book_isbn ON ci_book(isbn);

-- changeset createIndex-4
CREATE INDEX ix_ci_book_author_price ON ci_book(author, price DESC);

-- changeset createIndex-5
CREATE INDEX ix_ci_book_lower_title ON public.ci_book USING btree(lower(title)) TABLESPACE pg_default;
CLUSTER public.ci_book USING ix_ci_book_lower_title;

