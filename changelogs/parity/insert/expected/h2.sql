-- changeset insert-1
CREATE TABLE in_book (id INT NOT NULL, title VARCHAR(100), price DECIMAL(10, 2), in_print BOOLEAN, published_on date, reviewed_at TIMESTAMP, added_at TIMESTAMP, cover VARBINARY(100), blurb CLOB, seq_no BIGINT, seq_seen BIGINT, CONSTRAINT PK_IN_BOOK PRIMARY KEY (id));

-- changeset insert-2
INSERT INTO in_book (id, title, price, in_print, published_on, reviewed_at, added_at, cover, blurb) VALUES (1, 'Dune', 9.99, TRUE, '1965-08-01', '2024-01-31 10:15:30', NOW(), X'89504E470D0A1A0A0000000D', 'Dune is a 1965 epic science fiction novel by Frank Herbert.
');

-- changeset insert-3
CREATE SEQUENCE in_seq;
INSERT INTO in_book (id, seq_no) VALUES (2, NEXTVAL('in_seq'));

-- changeset insert-4
INSERT INTO in_book (id, seq_no, seq_seen) VALUES (3, NEXTVAL('in_seq'), CURRVAL('in_seq'));

-- changeset insert-5
INSERT INTO public.in_book (id, title) VALUES (4, 'Children of Dune');

-- changeset insert-6
INSERT INTO in_book (id, title) VALUES (5, 'God Emperor of Dune');

