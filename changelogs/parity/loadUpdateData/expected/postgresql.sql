-- changeset loadUpdateData-1
CREATE TABLE lu_author (id INTEGER NOT NULL, name VARCHAR(100), country VARCHAR(2), rating DECIMAL(3, 1), active BOOLEAN, since date, updated_at TIMESTAMP WITHOUT TIME ZONE, CONSTRAINT lu_author_pkey PRIMARY KEY (id));
INSERT INTO lu_author (id, name, country) VALUES (1, 'F. Herbert', 'US');
CREATE TABLE lu_country (code VARCHAR(2) NOT NULL, name VARCHAR(100), CONSTRAINT lu_country_pkey PRIMARY KEY (code));

-- changeset loadUpdateData-2
INSERT INTO lu_author (id, name, country, rating, active, since, updated_at) VALUES (1, 'Herbert; Frank', 'XX', 4.5, TRUE, '1900-01-01', NOW()) ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, rating = EXCLUDED.rating, active = EXCLUDED.active, since = EXCLUDED.since, updated_at = EXCLUDED.updated_at;
INSERT INTO lu_author (id, name, country, rating, active, since, updated_at) VALUES (2, 'Le Guin, Ursula', 'US', 0, FALSE, '1969-03-01', NOW()) ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, rating = EXCLUDED.rating, active = EXCLUDED.active, since = EXCLUDED.since, updated_at = EXCLUDED.updated_at;

-- changeset loadUpdateData-3
UPDATE lu_author SET rating = '4.8' WHERE id = '2';
UPDATE lu_author SET rating = '3.0' WHERE id = '3';

-- changeset loadUpdateData-4
INSERT INTO public.lu_country (code, name) VALUES ('US', 'United States') ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name;

