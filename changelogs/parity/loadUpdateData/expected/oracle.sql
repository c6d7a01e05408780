-- changeset loadUpdateData-1
CREATE TABLE lu_author (id INTEGER NOT NULL, name VARCHAR2(100), country VARCHAR2(2), rating DECIMAL(3, 1), active NUMBER(1), since date, updated_at TIMESTAMP, CONSTRAINT PK_LU_AUTHOR PRIMARY KEY (id));
INSERT INTO lu_author (id, name, country) VALUES (1, 'F. Herbert', 'US');
CREATE TABLE lu_country (code VARCHAR2(2) NOT NULL, name VARCHAR2(100), CONSTRAINT PK_LU_COUNTRY PRIMARY KEY (code));

-- changeset loadUpdateData-2
MERGE INTO lu_author t USING (SELECT 1 AS id, 'Herbert; Frank' AS name, 'XX' AS country, 4.5 AS rating, 1 AS active, TO_DATE('1900-01-01', 'YYYY-MM-DD') AS since FROM DUAL) s ON (t.id = s.id) WHEN MATCHED THEN UPDATE SET t.name = s.name, t.rating = s.rating, t.active = s.active, t.since = s.since, t.updated_at = CURRENT_TIMESTAMP WHEN NOT MATCHED THEN INSERT (id, name, country, rating, active, since, updated_at) VALUES (s.id, s.name, s.country, s.rating, s.active, s.since, CURRENT_TIMESTAMP);
MERGE INTO lu_author t USING (SELECT 2 AS id, 'Le Guin, Ursula' AS name, 'US' AS country, 0 AS rating, 0 AS active, TO_DATE('1969-03-01', 'YYYY-MM-DD') AS since FROM DUAL) s ON (t.id = s.id) WHEN MATCHED THEN UPDATE SET t.name = s.name, t.rating = s.rating, t.active = s.active, t.since = s.since, t.updated_at = CURRENT_TIMESTAMP WHEN NOT MATCHED THEN INSERT (id, name, country, rating, active, since, updated_at) VALUES (s.id, s.name, s.country, s.rating, s.active, s.since, CURRENT_TIMESTAMP);

-- changeset loadUpdateData-3
UPDATE lu_author SET rating = '4.8' WHERE id = '2';
UPDATE lu_author SET rating = '3.0' WHERE id = '3';

