-- changeset setTableRemarks-1
CREATE TABLE tr_book (id INTEGER NOT NULL, CONSTRAINT tr_book_pkey PRIMARY KEY (id));
CREATE TABLE tr_author (id INTEGER NOT NULL, CONSTRAINT tr_author_pkey PRIMARY KEY (id));

-- changeset setTableRemarks-2
COMMENT ON TABLE tr_book IS 'Books in the catalogue; it''s quoted';

-- changeset setTableRemarks-3
COMMENT ON TABLE public.tr_author IS 'People who write books';

