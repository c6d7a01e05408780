-- changeset dropSequence-1
CREATE SEQUENCE ds_order_seq;
CREATE SEQUENCE ds_ticket_seq;

-- changeset dropSequence-2
DROP SEQUENCE ds_order_seq;

