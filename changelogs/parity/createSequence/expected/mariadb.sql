-- changeset createSequence-1
CREATE SEQUENCE cs_order_seq;

-- changeset createSequence-2
CREATE SEQUENCE cs_invoice_seq INCREMENT BY 10 MINVALUE 1000 MAXVALUE 999999 START WITH 1000 CACHE 20;

