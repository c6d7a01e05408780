-- changeset update-1
CREATE TABLE up_book (id INTEGER NOT NULL, title VARCHAR2(100), price DECIMAL(10, 2), in_print NUMBER(1), published_on date, reviewed_at TIMESTAMP, added_at TIMESTAMP, cover RAW(100), blurb CLOB, seq_no NUMBER(38, 0), seq_seen NUMBER(38, 0), CONSTRAINT PK_UP_BOOK PRIMARY KEY (id));
INSERT INTO up_book (id, title) VALUES (1, 'Dune');
INSERT INTO up_book (id, title) VALUES (2, 'Dune Messiah');
INSERT INTO up_book (id, title) VALUES (3, 'Children of Dune');

-- changeset update-2
UPDATE up_book SET added_at = CURRENT_TIMESTAMP, blurb = 'Dune, the 1965 novel, revised blurb.
', cover = HEXTORAW('47494638396101000100'), in_print = 0, price = 12.5, published_on = TO_DATE('1965-08-01', 'YYYY-MM-DD'), reviewed_at = TO_DATE('2024-01-31 10:15:30', 'YYYY-MM-DD HH24:MI:SS'), title = 'Dune (revised)' WHERE id = 1;

-- changeset update-3
UPDATE up_book SET price = 7 WHERE title = 'Dune Messiah';

