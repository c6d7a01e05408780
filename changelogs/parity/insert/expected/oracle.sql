-- changeset insert-1
CREATE TABLE in_book (id INTEGER NOT NULL, title VARCHAR2(100), price DECIMAL(10, 2), in_print NUMBER(1), published_on date, reviewed_at TIMESTAMP, added_at TIMESTAMP, cover RAW(100), blurb CLOB, seq_no NUMBER(38, 0), seq_seen NUMBER(38, 0), CONSTRAINT PK_IN_BOOK PRIMARY KEY (id));

-- changeset insert-2
INSERT INTO in_book (id, title, price, in_print, published_on, reviewed_at, added_at, cover, blurb) VALUES (1, 'Dune', 9.99, 1, TO_DATE('1965-08-01', 'YYYY-MM-DD'), TO_DATE('2024-01-31 10:15:30', 'YYYY-MM-DD HH24:MI:SS'), CURRENT_TIMESTAMP, HEXTORAW('89504E470D0A1A0A0000000D'), 'Dune is a 1965 epic science fiction novel by Frank Herbert.
');

-- changeset insert-5

-- changeset insert-6
INSERT INTO in_book (id, title) VALUES (5, 'God Emperor of Dune');

