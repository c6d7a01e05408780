-- changeset addForeignKeyConstraint-1
CREATE TABLE af_author (id INTEGER NOT NULL, email VARCHAR(100), CONSTRAINT af_author_pkey PRIMARY KEY (id), UNIQUE (email));
CREATE TABLE af_book (id INTEGER NOT NULL, author_id INTEGER, author_email VARCHAR(100), editor_id INTEGER, CONSTRAINT af_book_pkey PRIMARY KEY (id));

-- changeset addForeignKeyConstraint-2
ALTER TABLE af_book ADD CONSTRAINT fk_af_book_author FOREIGN KEY (author_id) REFERENCES af_author (id) ON UPDATE RESTRICT ON DELETE CASCADE;

-- changeset addForeignKeyConstraint-3
ALTER TABLE af_book ADD CONSTRAINT fk_af_book_author_email FOREIGN KEY (author_email) REFERENCES af_author (email) ON DELETE CASCADE;

-- changeset addForeignKeyConstraint-4
ALTER TABLE public.af_book ADD CONSTRAINT fk_af_book_editor FOREIGN KEY (editor_id) REFERENCES public.af_author (id) ON UPDATE NO ACTION ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED NOT VALID;

