-- changeset dropPrimaryKey-1
CREATE TABLE dp_item (id INT NOT NULL, CONSTRAINT pk_dp_item PRIMARY KEY (id));
CREATE TABLE dp_tag (id INT NOT NULL, CONSTRAINT pk_dp_tag PRIMARY KEY (id));

-- changeset dropPrimaryKey-2
ALTER TABLE dp_item DROP PRIMARY KEY;

-- changeset dropPrimaryKey-3
ALTER TABLE public.dp_tag DROP PRIMARY KEY;

