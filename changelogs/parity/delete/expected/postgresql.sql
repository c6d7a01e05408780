-- changeset delete-1
CREATE TABLE de_book (id INTEGER NOT NULL, title VARCHAR(100), CONSTRAINT de_book_pkey PRIMARY KEY (id));
INSERT INTO de_book (id, title) VALUES (1, 'Dune');
INSERT INTO de_book (id, title) VALUES (2, 'Dune Messiah');
INSERT INTO de_book (id, title) VALUES (3, 'Children of Dune');
INSERT INTO de_book (id, title) VALUES (4, 'God Emperor of Dune');

-- changeset delete-2
DELETE FROM de_book WHERE id = 1;

-- changeset delete-3
DELETE FROM de_book WHERE title = 'Dune Messiah';

-- changeset delete-4
DELETE FROM public.de_book WHERE id > 3;

-- changeset delete-5
DELETE FROM de_book;

