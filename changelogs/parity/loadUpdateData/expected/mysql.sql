-- changeset loadUpdateData-1
CREATE TABLE lu_author (id INT NOT NULL, name VARCHAR(100) NULL, country VARCHAR(2) NULL, rating DECIMAL(3, 1) NULL, active TINYINT NULL, since date NULL, updated_at timestamp NULL, CONSTRAINT PK_LU_AUTHOR PRIMARY KEY (id));
INSERT INTO lu_author (id, name, country) VALUES (1, 'F. Herbert', 'US');
CREATE TABLE lu_country (code VARCHAR(2) NOT NULL, name VARCHAR(100) NULL, CONSTRAINT PK_LU_COUNTRY PRIMARY KEY (code));

-- changeset loadUpdateData-2
INSERT INTO lu_author (id, name, country, rating, active, since, updated_at) VALUES (1, 'Herbert; Frank', 'XX', 4.5, 1, '1900-01-01', NOW())
ON DUPLICATE KEY UPDATE name = 'Herbert; Frank',rating = 4.5,active = 1,since = '1900-01-01',updated_at = NOW();
INSERT INTO lu_author (id, name, country, rating, active, since, updated_at) VALUES (2, 'Le Guin, Ursula', 'US', 0, 0, '1969-03-01', NOW())
ON DUPLICATE KEY UPDATE name = 'Le Guin, Ursula',rating = 0,active = 0,since = '1969-03-01',updated_at = NOW();

-- changeset loadUpdateData-3
UPDATE lu_author SET rating = '4.8' WHERE id = '2';
UPDATE lu_author SET rating = '3.0' WHERE id = '3';

