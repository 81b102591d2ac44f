-- A shopper buys something: an order and its payment in one transaction (pgbench script).
\set u random(1, 1000)
BEGIN;
INSERT INTO orders (user_id, total) VALUES (:u, 42) RETURNING id \gset
INSERT INTO payments (order_id, amount) VALUES (:id, 42);
UPDATE orders SET status = 'paid' WHERE id = :id;
END;
