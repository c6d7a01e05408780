-- changeset renameView-1
CREATE TABLE rv_book (id INTEGER NOT NULL, CONSTRAINT rv_book_pkey PRIMARY KEY (id));
CREATE VIEW rv_old AS SELECT id FROM rv_book;

-- changeset renameView-2
ALTER TABLE rv_old RENAME TO rv_new;

-- changeset renameView-3
ALTER TABLE public.rv_new RENAME TO rv_final;

