-- changeset createTable-1
CREATE TABLE ct_publisher (id INT NOT NULL, name VARCHAR(100) NULL, CONSTRAINT PK_CT_PUBLISHER PRIMARY KEY (id));

-- changeset createTable-2
CREATE TABLE IF NOT EXISTS ct_book (id BIGINT AUTO_INCREMENT NOT NULL COMMENT 'Surrogate key', isbn VARCHAR(20) NOT NULL, title VARCHAR(200) DEFAULT 'Untitled' NULL, price DECIMAL(10, 2) DEFAULT 9.99 NULL, in_print TINYINT(1) DEFAULT 1 NULL, published_on date DEFAULT '2024-01-31' NULL, created_at timestamp DEFAULT NOW() NULL, pages INT NULL CHECK (pages > 0), publisher_id INT NULL, translator_id INT NULL, CONSTRAINT pk_ct_book PRIMARY KEY (id), CONSTRAINT fk_ct_book_publisher FOREIGN KEY (publisher_id) REFERENCES ct_publisher(id) ON DELETE CASCADE, CONSTRAINT fk_ct_book_translator FOREIGN KEY (translator_id) REFERENCES ct_publisher(id), CONSTRAINT uq_ct_book_isbn UNIQUE (isbn)) AUTO_INCREMENT=1000 COMMENT='Books in the catalogue';

-- changeset createTable-3
CREATE SEQUENCE ct_ticket_seq;

-- changeset createTable-4
CREATE TABLE ct_ticket (ticket_no BIGINT DEFAULT NEXT VALUE FOR ct_ticket_seq NULL, label VARCHAR(50) DEFAULT 'open' NULL);

