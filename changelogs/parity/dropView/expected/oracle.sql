-- changeset dropView-1
CREATE TABLE dv_book (id INTEGER NOT NULL, title VARCHAR2(200), CONSTRAINT PK_DV_BOOK PRIMARY KEY (id));
CREATE VIEW dv_titles AS SELECT title FROM dv_book;
CREATE VIEW dv_ids AS SELECT id FROM dv_book;

-- changeset dropView-2
DROP VIEW dv_titles;

-- changeset dropView-3
-- unsupported: dropView: ifExists is not allowed on Oracle 19.0

