-- changeset alterSequence-1
CREATE SEQUENCE  IF NOT EXISTS as_order_seq;
CREATE SEQUENCE  IF NOT EXISTS as_ticket_seq;

-- changeset alterSequence-2
ALTER SEQUENCE as_order_seq INCREMENT BY 5 MINVALUE 1 MAXVALUE 100000 CACHE 10 CYCLE;

-- changeset alterSequence-4
ALTER SEQUENCE public.as_ticket_seq AS BIGINT;

