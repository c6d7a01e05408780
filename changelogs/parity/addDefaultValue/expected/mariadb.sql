-- changeset addDefaultValue-1
CREATE TABLE ad_item (id INT NOT NULL, status VARCHAR(20) NULL, qty INT NULL, price DECIMAL(10, 2) NULL, active TINYINT(1) NULL, since date NULL, created_at timestamp NULL, seq_no BIGINT NULL, CONSTRAINT PK_AD_ITEM PRIMARY KEY (id));

-- changeset addDefaultValue-2
ALTER TABLE ad_item ALTER status SET DEFAULT 'new';
ALTER TABLE ad_item ALTER price SET DEFAULT 9.99;
ALTER TABLE ad_item ALTER active SET DEFAULT 1;
ALTER TABLE ad_item ALTER since SET DEFAULT '2024-01-31';
ALTER TABLE ad_item ALTER created_at SET DEFAULT (CURRENT_TIMESTAMP);

