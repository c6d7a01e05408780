-- changeset dropView-1
CREATE TABLE dv_book (id INT NOT NULL, title VARCHAR(200), CONSTRAINT PK_DV_BOOK PRIMARY KEY (id));
CREATE VIEW dv_titles AS SELECT title FROM dv_book;
CREATE VIEW dv_ids AS SELECT id FROM dv_book;

-- changeset dropView-2
DROP VIEW dv_titles;

-- changeset dropView-3
DROP VIEW IF EXISTS dv_missing;

-- changeset dropView-4
DROP VIEW public.dv_ids;

