-- changeset loadData-1
CREATE TABLE ld_author (id INTEGER NOT NULL, name VARCHAR(100), born date, active BOOLEAN, rating DECIMAL(3, 1), notes VARCHAR(100), created_at TIMESTAMP WITHOUT TIME ZONE, CONSTRAINT ld_author_pkey PRIMARY KEY (id));
CREATE TABLE ld_country (code VARCHAR(2) NOT NULL, name VARCHAR(100), CONSTRAINT ld_country_pkey PRIMARY KEY (code));

-- changeset loadData-2
INSERT INTO ld_author (id, name, born, active, rating, notes, created_at) VALUES (1, 'Herbert; Frank', '1920-10-08', TRUE, 4.5, NULL, NOW()),(2, 'Le Guin, Ursula', '1900-01-01', FALSE, 0, 'n/a', NOW());

-- changeset loadData-3
INSERT INTO public.ld_country (code, name) VALUES ('US', 'United States'),('GB', 'United Kingdom');

