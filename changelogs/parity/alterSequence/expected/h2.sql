-- changeset alterSequence-1
CREATE SEQUENCE as_order_seq;
CREATE SEQUENCE as_ticket_seq;

-- changeset alterSequence-3
ALTER SEQUENCE as_order_seq MINVALUE 1 MAXVALUE 100000 CACHE 10 CYCLE;

