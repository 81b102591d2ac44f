-- A shopper signs in and looks at their orders (pgbench script).
\set u random(1, 1000)
SELECT id, name FROM users WHERE email = 'user' || :u || '@example.com';
SELECT id, total, status FROM orders WHERE user_id = :u;
