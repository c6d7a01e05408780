-- changeset loadData-1
CREATE TABLE ld_author (id INTEGER NOT NULL, name VARCHAR2(100), born date, active NUMBER(1), rating DECIMAL(3, 1), notes VARCHAR2(100), created_at TIMESTAMP, CONSTRAINT PK_LD_AUTHOR PRIMARY KEY (id));
CREATE TABLE ld_country (code VARCHAR2(2) NOT NULL, name VARCHAR2(100), CONSTRAINT PK_LD_COUNTRY PRIMARY KEY (code));

-- changeset loadData-2
INSERT INTO ld_author (id, name, born, active, rating, notes, created_at) VALUES (1, 'Herbert; Frank', TO_DATE('1920-10-08', 'YYYY-MM-DD'), 1, 4.5, NULL, CURRENT_TIMESTAMP);
INSERT INTO ld_author (id, name, born, active, rating, notes, created_at) VALUES (2, 'Le Guin, Ursula', TO_DATE('1900-01-01', 'YYYY-MM-DD'), 0, 0, 'n/a', CURRENT_TIMESTAMP);

