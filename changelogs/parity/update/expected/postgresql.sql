-- changeset update-1
CREATE TABLE up_book (id INTEGER NOT NULL, title VARCHAR(100), price DECIMAL(10, 2), in_print BOOLEAN, published_on date, reviewed_at TIMESTAMP WITHOUT TIME ZONE, added_at TIMESTAMP WITHOUT TIME ZONE, cover BYTEA, blurb TEXT, seq_no BIGINT, seq_seen BIGINT, CONSTRAINT up_book_pkey PRIMARY KEY (id));
INSERT INTO up_book (id, title) VALUES (1, 'Dune');
INSERT INTO up_book (id, title) VALUES (2, 'Dune Messiah');
INSERT INTO up_book (id, title) VALUES (3, 'Children of Dune');

-- changeset update-2
UPDATE up_book SET added_at = NOW(), blurb = 'Dune, the 1965 novel, revised blurb.
', cover = '\x47494638396101000100'::bytea, in_print = FALSE, price = 12.5, published_on = '1965-08-01', reviewed_at = '2024-01-31 10:15:30', title = 'Dune (revised)' WHERE id = 1;

-- changeset update-3
UPDATE up_book SET price = 7 WHERE title = 'Dune Messiah';

-- changeset update-4
CREATE SEQUENCE  IF NOT EXISTS up_seq;
UPDATE up_book SET seq_no = nextval('up_seq') WHERE id = 2;
UPDATE up_book SET seq_seen = currval('up_seq') WHERE id = 2;

-- changeset update-5
UPDATE public.up_book SET in_print = TRUE;

