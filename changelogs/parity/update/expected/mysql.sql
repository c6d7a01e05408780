-- changeset update-1
CREATE TABLE up_book (id INT NOT NULL, title VARCHAR(100) NULL, price DECIMAL(10, 2) NULL, in_print TINYINT NULL, published_on date NULL, reviewed_at timestamp NULL, added_at timestamp NULL, cover VARBINARY(100) NULL, blurb LONGTEXT NULL, seq_no BIGINT NULL, seq_seen BIGINT NULL, CONSTRAINT PK_UP_BOOK PRIMARY KEY (id));
INSERT INTO up_book (id, title) VALUES (1, 'Dune');
INSERT INTO up_book (id, title) VALUES (2, 'Dune Messiah');
INSERT INTO up_book (id, title) VALUES (3, 'Children of Dune');

-- changeset update-2
UPDATE up_book SET added_at = NOW(), blurb = 'Dune, the 1965 novel, revised blurb.
', cover = X'47494638396101000100', in_print = 0, price = 12.5, published_on = '1965-08-01', reviewed_at = '2024-01-31 10:15:30', title = 'Dune (revised)' WHERE id = 1;

-- changeset update-3
UPDATE up_book SET price = 7 WHERE title = 'Dune Messiah';

