-- changeset addColumn-1
CREATE TABLE ac_book (id INT NOT NULL, title VARCHAR(100) NULL, CONSTRAINT PK_AC_BOOK PRIMARY KEY (id));
INSERT INTO ac_book (id, title) VALUES (1, 'Dune');
CREATE TABLE ac_tag (label VARCHAR(20) NULL);
INSERT INTO ac_tag (label) VALUES ('sf');

-- changeset addColumn-2
ALTER TABLE ac_book ADD isbn VARCHAR(20) NULL COMMENT 'ISBN-13' , ADD price DECIMAL(10, 2) NULL, ADD in_print TINYINT(1) NULL, ADD published_on date NULL, ADD checked_at timestamp NULL, ADD status VARCHAR(10) DEFAULT 'new' NOT NULL, ADD copies INT DEFAULT 1 NULL, ADD featured TINYINT(1) DEFAULT 0 NULL, ADD restock_on date DEFAULT '2025-01-31' NULL, ADD updated_at timestamp DEFAULT NOW() NULL, ADD code VARCHAR(10) NULL, ADD pages INT NULL CHECK (pages > 0), ADD sequel_id INT NULL, ADD prequel_id INT NULL;
ALTER TABLE ac_book ADD CONSTRAINT uq_ac_book_code UNIQUE (code);
ALTER TABLE ac_book ADD CONSTRAINT fk_ac_book_sequel FOREIGN KEY (sequel_id) REFERENCES ac_book (id);
ALTER TABLE ac_book ADD CONSTRAINT fk_ac_book_prequel FOREIGN KEY (prequel_id) REFERENCES ac_book (id) ON DELETE CASCADE;
UPDATE ac_book SET isbn = '978-0441013593';
UPDATE ac_book SET price = 9.99;
UPDATE ac_book SET in_print = 1;
UPDATE ac_book SET published_on = '1965-08-01';
UPDATE ac_book SET checked_at = NOW();
UPDATE ac_book SET code = 'DUNE';

-- changeset addColumn-3
ALTER TABLE ac_tag ADD id INT AUTO_INCREMENT NOT NULL PRIMARY KEY, AUTO_INCREMENT=100;

-- changeset addColumn-4
CREATE SEQUENCE ac_seq;
ALTER TABLE ac_book ADD seq_no BIGINT NULL, ADD ticket_no BIGINT DEFAULT NEXT VALUE FOR ac_seq NULL;
UPDATE ac_book SET seq_no = NEXT VALUE FOR ac_seq;

-- changeset addColumn-5
ALTER TABLE ac_book ADD subtitle VARCHAR(100) NULL AFTER title;

-- changeset addColumn-7
-- unsupported: addColumn: position (column edition) is not supported on MariaDB 10.11

