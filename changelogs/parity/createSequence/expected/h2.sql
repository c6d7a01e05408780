-- changeset createSequence-1
CREATE SEQUENCE cs_order_seq;

-- changeset createSequence-2
CREATE SEQUENCE cs_invoice_seq START WITH 1000 INCREMENT BY 10 MINVALUE 1000 MAXVALUE 999999 CACHE 20;

-- changeset createSequence-3
CREATE SEQUENCE public.cs_ticket_seq AS BIGINT MAXVALUE 100 CYCLE;

