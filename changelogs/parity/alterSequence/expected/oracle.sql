-- changeset alterSequence-1
CREATE SEQUENCE as_order_seq;
CREATE SEQUENCE as_ticket_seq;

-- changeset alterSequence-2
ALTER SEQUENCE as_order_seq INCREMENT BY 5 MINVALUE 1 MAXVALUE 100000 CACHE 10 CYCLE;

-- changeset alterSequence-5
ALTER SEQUENCE as_ticket_seq ORDER;

