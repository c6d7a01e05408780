-- changeset addPrimaryKey-1
CREATE TABLE ap_item (id INTEGER NOT NULL, code VARCHAR2(10) NOT NULL);
CREATE TABLE ap_tag (id INTEGER NOT NULL);
CREATE TABLE ap_note (id INTEGER NOT NULL);

-- changeset addPrimaryKey-2
ALTER TABLE ap_item ADD CONSTRAINT pk_ap_item PRIMARY KEY (id, code);

-- changeset addPrimaryKey-4
CREATE UNIQUE INDEX ix_ap_note_id ON ap_note(id);
ALTER TABLE ap_note ADD CONSTRAINT pk_ap_note PRIMARY KEY (id) USING INDEX app.ix_ap_note_id ENABLE NOVALIDATE;

