-- changeset loadData-1
CREATE TABLE ld_author (id INT NOT NULL, name VARCHAR(100) NULL, born date NULL, active TINYINT(1) NULL, rating DECIMAL(3, 1) NULL, notes VARCHAR(100) NULL, created_at timestamp NULL, CONSTRAINT PK_LD_AUTHOR PRIMARY KEY (id));
CREATE TABLE ld_country (code VARCHAR(2) NOT NULL, name VARCHAR(100) NULL, CONSTRAINT PK_LD_COUNTRY PRIMARY KEY (code));

-- changeset loadData-2
INSERT INTO ld_author (id, name, born, active, rating, notes, created_at) VALUES (1, 'Herbert; Frank', '1920-10-08', 1, 4.5, NULL, NOW()),(2, 'Le Guin, Ursula', '1900-01-01', 0, 0, 'n/a', NOW());

