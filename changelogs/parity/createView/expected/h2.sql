-- changeset createView-1
CREATE TABLE cv_book (id INT NOT NULL, title VARCHAR(200), price DECIMAL(10, 2), CONSTRAINT PK_CV_BOOK PRIMARY KEY (id));

-- changeset createView-2
CREATE VIEW cv_cheap_books AS SELECT id, title FROM cv_book WHERE price < 10;
COMMENT ON VIEW cv_cheap_books IS 'Books under ten';

-- changeset createView-3
CREATE OR REPLACE VIEW cv_cheap_books AS SELECT id, title
FROM cv_book
WHERE price < 15;

-- changeset createView-4
CREATE VIEW cv_titles AS SELECT title FROM cv_book;

-- changeset createView-5
CREATE VIEW cv_expensive_books AS SELECT id, title, price FROM cv_book WHERE price >= 50;

-- changeset createView-6
CREATE VIEW public.cv_all_books AS SELECT * FROM cv_book;

