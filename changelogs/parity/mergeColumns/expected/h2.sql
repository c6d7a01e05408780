-- changeset mergeColumns-1
CREATE TABLE mc_person (id INT NOT NULL, first_name VARCHAR(50), last_name VARCHAR(50), city VARCHAR(50), zip VARCHAR(10), CONSTRAINT PK_MC_PERSON PRIMARY KEY (id));
INSERT INTO mc_person (id, first_name, last_name, city, zip) VALUES (1, 'Ada', 'Lovelace', 'London', 'W1');

-- changeset mergeColumns-2
ALTER TABLE mc_person ADD full_name VARCHAR(101);
UPDATE mc_person SET full_name = CONCAT(first_name, CONCAT(' ', last_name));
ALTER TABLE mc_person DROP COLUMN first_name;
ALTER TABLE mc_person DROP COLUMN last_name;

-- changeset mergeColumns-3
ALTER TABLE public.mc_person ADD place VARCHAR(70);
UPDATE public.mc_person SET place = CONCAT(zip, CONCAT(', ', city));
ALTER TABLE public.mc_person DROP COLUMN zip;
ALTER TABLE public.mc_person DROP COLUMN city;

