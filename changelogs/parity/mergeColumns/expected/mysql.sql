-- changeset mergeColumns-1
CREATE TABLE mc_person (id INT NOT NULL, first_name VARCHAR(50) NULL, last_name VARCHAR(50) NULL, city VARCHAR(50) NULL, zip VARCHAR(10) NULL, CONSTRAINT PK_MC_PERSON PRIMARY KEY (id));
INSERT INTO mc_person (id, first_name, last_name, city, zip) VALUES (1, 'Ada', 'Lovelace', 'London', 'W1');

-- changeset mergeColumns-2
ALTER TABLE mc_person ADD full_name VARCHAR(101) NULL;
UPDATE mc_person SET full_name = CONCAT_WS(' ', first_name, last_name);
ALTER TABLE mc_person DROP COLUMN first_name;
ALTER TABLE mc_person DROP COLUMN last_name;

