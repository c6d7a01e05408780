-- changeset mergeColumns-1
CREATE TABLE mc_person (id INTEGER NOT NULL, first_name VARCHAR2(50), last_name VARCHAR2(50), city VARCHAR2(50), zip VARCHAR2(10), CONSTRAINT PK_MC_PERSON PRIMARY KEY (id));
INSERT INTO mc_person (id, first_name, last_name, city, zip) VALUES (1, 'Ada', 'Lovelace', 'London', 'W1');

-- changeset mergeColumns-2
ALTER TABLE mc_person ADD full_name VARCHAR2(101);
UPDATE mc_person SET full_name = first_name || ' ' || last_name;
ALTER TABLE mc_person DROP COLUMN first_name;
ALTER TABLE mc_person DROP COLUMN last_name;

