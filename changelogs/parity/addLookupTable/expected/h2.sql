-- changeset addLookupTable-1
CREATE TABLE al_address (id INT NOT NULL, state VARCHAR(2), country VARCHAR(2), CONSTRAINT PK_AL_ADDRESS PRIMARY KEY (id));
INSERT INTO al_address (id, state, country) VALUES (1, 'CA', 'US');
INSERT INTO al_address (id, state, country) VALUES (2, 'NY', 'US');

-- changeset addLookupTable-2
CREATE TABLE al_state AS SELECT DISTINCT state AS abbreviation FROM al_address WHERE state IS NOT NULL;
ALTER TABLE al_state ALTER COLUMN abbreviation SET NOT NULL;
ALTER TABLE al_state ADD PRIMARY KEY (abbreviation);
ALTER TABLE al_address ADD CONSTRAINT fk_al_address_state FOREIGN KEY (state) REFERENCES al_state (abbreviation);

-- changeset addLookupTable-3
CREATE TABLE public.al_country AS SELECT DISTINCT country AS code FROM public.al_address WHERE country IS NOT NULL;
ALTER TABLE public.al_country ALTER COLUMN code SET NOT NULL;
ALTER TABLE public.al_country ADD PRIMARY KEY (code);
ALTER TABLE public.al_address ADD CONSTRAINT FK_AL_ADDRESS_AL_COUNTRY FOREIGN KEY (country) REFERENCES public.al_country (code);

