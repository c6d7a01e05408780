-- changeset dropSequence-1
CREATE SEQUENCE  IF NOT EXISTS ds_order_seq;
CREATE SEQUENCE  IF NOT EXISTS ds_ticket_seq;

-- changeset dropSequence-2
DROP SEQUENCE ds_order_seq CASCADE;

-- changeset dropSequence-3
DROP SEQUENCE public.ds_ticket_seq CASCADE;

