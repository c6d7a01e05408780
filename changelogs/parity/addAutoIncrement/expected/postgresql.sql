-- changeset addAutoIncrement-1
CREATE TABLE aa_item (id INTEGER NOT NULL, CONSTRAINT aa_item_pkey PRIMARY KEY (id));
CREATE TABLE aa_tag (id BIGINT NOT NULL, CONSTRAINT aa_tag_pkey PRIMARY KEY (id));

-- changeset addAutoIncrement-2
CREATE SEQUENCE  IF NOT EXISTS aa_item_id_seq START WITH 100;
ALTER TABLE aa_item ALTER COLUMN  id SET NOT NULL;
ALTER TABLE aa_item ALTER COLUMN  id SET DEFAULT nextval('aa_item_id_seq');
ALTER SEQUENCE aa_item_id_seq OWNED BY aa_item.id;

-- changeset addAutoIncrement-3
CREATE SEQUENCE  IF NOT EXISTS public.aa_tag_id_seq START WITH 1 INCREMENT BY 5;
ALTER TABLE public.aa_tag ALTER COLUMN  id SET NOT NULL;
ALTER TABLE public.aa_tag ALTER COLUMN  id SET DEFAULT nextval('public.aa_tag_id_seq');
ALTER SEQUENCE public.aa_tag_id_seq OWNED BY public.aa_tag.id;

