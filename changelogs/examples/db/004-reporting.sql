--liquibase formatted sql

--changeset tidemark:reporting-1
--comment: Order totals per order; raw SQL needs an explicit rollback.
CREATE VIEW order_totals AS
SELECT o.id AS order_id,
       o.customer_id,
       SUM(l.quantity * l.unit_price) AS total
FROM customer_order o
JOIN order_line l ON l.order_id = o.id
GROUP BY o.id, o.customer_id;
--rollback DROP VIEW order_totals;

--changeset tidemark:reporting-2
--comment: How many books each author has in the catalogue.
CREATE VIEW author_book_counts AS
SELECT a.id AS author_id, a.name, COUNT(b.id) AS books
FROM author a
LEFT JOIN book b ON b.author_id = a.id
GROUP BY a.id, a.name;
--rollback DROP VIEW author_book_counts;

--changeset tidemark:reporting-3 context:demo labels:sample-data
--comment: A demo order for the demo customer.
INSERT INTO customer_order (id, order_no, customer_id, status, placed_at) VALUES (1, 10000, 1, 'PAID', CURRENT_TIMESTAMP);
INSERT INTO order_line (order_id, book_id, quantity, unit_price) VALUES (1, 1, 2, 9.99);
--rollback DELETE FROM order_line WHERE order_id = 1;
--rollback DELETE FROM customer_order WHERE id = 1;
