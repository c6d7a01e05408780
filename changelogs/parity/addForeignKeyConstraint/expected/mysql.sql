-- changeset addForeignKeyConstraint-1
CREATE TABLE af_author (id INT NOT NULL, email VARCHAR(100) NULL, CONSTRAINT PK_AF_AUTHOR PRIMARY KEY (id), UNIQUE (email));
CREATE TABLE af_book (id INT NOT NULL, author_id INT NULL, author_email VARCHAR(100) NULL, editor_id INT NULL, CONSTRAINT PK_AF_BOOK PRIMARY KEY (id));

-- changeset addForeignKeyConstraint-2
ALTER TABLE af_book ADD CONSTRAINT fk_af_book_author FOREIGN KEY (author_id) REFERENCES af_author (id) ON UPDATE RESTRICT ON DELETE CASCADE;

-- changeset addForeignKeyConstraint-3
ALTER TABLE af_book ADD CONSTRAINT fk_af_book_author_email FOREIGN KEY (author_email) REFERENCES af_author (email) ON DELETE CASCADE;

