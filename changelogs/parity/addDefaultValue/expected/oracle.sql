-- changeset addDefaultValue-1
CREATE TABLE ad_item (id INTEGER NOT NULL, status VARCHAR2(20), qty INTEGER, price DECIMAL(10, 2), active NUMBER(1), since date, created_at TIMESTAMP, seq_no NUMBER(38, 0), CONSTRAINT PK_AD_ITEM PRIMARY KEY (id));

-- changeset addDefaultValue-2
ALTER TABLE ad_item MODIFY status DEFAULT 'new';
ALTER TABLE ad_item MODIFY price DEFAULT 9.99;
ALTER TABLE ad_item MODIFY active DEFAULT 1;
ALTER TABLE ad_item MODIFY since DEFAULT TO_DATE('2024-01-31', 'YYYY-MM-DD');
ALTER TABLE ad_item MODIFY created_at DEFAULT CURRENT_TIMESTAMP;

