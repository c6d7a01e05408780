-- changeset insert-1
CREATE TABLE in_book (id INT NOT NULL, title VARCHAR(100) NULL, price DECIMAL(10, 2) NULL, in_print TINYINT(1) NULL, published_on date NULL, reviewed_at timestamp NULL, added_at timestamp NULL, cover VARBINARY(100) NULL, blurb LONGTEXT NULL, seq_no BIGINT NULL, seq_seen BIGINT NULL, CONSTRAINT PK_IN_BOOK PRIMARY KEY (id));

-- changeset insert-2
INSERT INTO in_book (id, title, price, in_print, published_on, reviewed_at, added_at, cover, blurb) VALUES (1, 'Dune', 9.99, 1, '1965-08-01', '2024-01-31 10:15:30', NOW(), X'89504E470D0A1A0A0000000D', 'Dune is a 1965 epic science fiction novel by Frank Herbert.
');

-- changeset insert-3
CREATE SEQUENCE in_seq;
INSERT INTO in_book (id, seq_no) VALUES (2, NEXT VALUE FOR in_seq);

-- changeset insert-5

-- changeset insert-6
INSERT INTO in_book (id, title) VALUES (5, 'God Emperor of Dune');
INSERT INTO in_book (id, title) VALUES (6, 'Heretics of Dune');

