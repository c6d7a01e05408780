-- changeset addPrimaryKey-1
CREATE TABLE ap_item (id INT NOT NULL, code VARCHAR(10) NOT NULL);
CREATE TABLE ap_tag (id INT NOT NULL);
CREATE TABLE ap_note (id INT NOT NULL);

-- changeset addPrimaryKey-2
ALTER TABLE ap_item ADD PRIMARY KEY (id, code);

