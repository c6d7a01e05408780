-- changeset renameView-1
CREATE TABLE rv_book (id INT NOT NULL, CONSTRAINT PK_RV_BOOK PRIMARY KEY (id));
CREATE VIEW rv_old AS SELECT id FROM rv_book;

