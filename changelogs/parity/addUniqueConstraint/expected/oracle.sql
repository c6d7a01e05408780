-- changeset addUniqueConstraint-1
CREATE TABLE au_item (id INTEGER NOT NULL, code VARCHAR2(10), name VARCHAR2(50), sku VARCHAR2(20), CONSTRAINT PK_AU_ITEM PRIMARY KEY (id));

-- changeset addUniqueConstraint-2
ALTER TABLE au_item ADD CONSTRAINT uq_au_item_code UNIQUE (code);

-- changeset addUniqueConstraint-4
CREATE INDEX ix_au_item_sku ON au_item(sku);
ALTER TABLE au_item ADD CONSTRAINT uq_au_item_sku UNIQUE (sku) DISABLE USING INDEX app.ix_au_item_sku NOVALIDATE;

