-- changeset addLookupTable-1
CREATE TABLE al_address (id INT NOT NULL, state VARCHAR(2) NULL, country VARCHAR(2) NULL, CONSTRAINT PK_AL_ADDRESS PRIMARY KEY (id));
INSERT INTO al_address (id, state, country) VALUES (1, 'CA', 'US');
INSERT INTO al_address (id, state, country) VALUES (2, 'NY', 'US');

-- changeset addLookupTable-2
CREATE TABLE al_state AS SELECT DISTINCT state AS abbreviation FROM al_address WHERE state IS NOT NULL;
ALTER TABLE al_state MODIFY abbreviation VARCHAR(2) NOT NULL;
ALTER TABLE al_state ADD PRIMARY KEY (abbreviation);
ALTER TABLE al_address ADD CONSTRAINT fk_al_address_state FOREIGN KEY (state) REFERENCES al_state (abbreviation);

