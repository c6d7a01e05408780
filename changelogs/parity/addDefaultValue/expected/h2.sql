-- changeset addDefaultValue-1
CREATE TABLE ad_item (id INT NOT NULL, status VARCHAR(20), qty INT, price DECIMAL(10, 2), active BOOLEAN, since date, created_at TIMESTAMP, seq_no BIGINT, CONSTRAINT PK_AD_ITEM PRIMARY KEY (id));

-- changeset addDefaultValue-2
ALTER TABLE ad_item ALTER COLUMN  status SET DEFAULT 'new';
ALTER TABLE ad_item ALTER COLUMN  price SET DEFAULT 9.99;
ALTER TABLE ad_item ALTER COLUMN  active SET DEFAULT TRUE;
ALTER TABLE ad_item ALTER COLUMN  since SET DEFAULT '2024-01-31';
ALTER TABLE ad_item ALTER COLUMN  created_at SET DEFAULT NOW();

-- changeset addDefaultValue-3
CREATE SEQUENCE ad_item_seq;
ALTER TABLE ad_item ALTER COLUMN  seq_no SET DEFAULT NEXTVAL('ad_item_seq');

-- changeset addDefaultValue-4
ALTER TABLE public.ad_item ALTER COLUMN  qty SET DEFAULT 1;

