-- changeset addPrimaryKey-1
CREATE TABLE ap_item (id INTEGER NOT NULL, code VARCHAR(10) NOT NULL);
CREATE TABLE ap_tag (id INTEGER NOT NULL);
CREATE TABLE ap_note (id INTEGER NOT NULL);

-- changeset addPrimaryKey-2
ALTER TABLE ap_item ADD CONSTRAINT pk_ap_item PRIMARY KEY (id, code);

-- changeset addPrimaryKey-3
ALTER TABLE public.ap_tag ADD CONSTRAINT pk_ap_tag PRIMARY KEY (id) USING INDEX TABLESPACE pg_default;
CLUSTER public.ap_tag USING pk_ap_tag;

