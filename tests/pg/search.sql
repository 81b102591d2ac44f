-- A shopper searches the catalog (pgbench script).
SELECT id, name FROM products WHERE search @@ to_tsquery('english', 'keyboard & bluetooth') LIMIT 20;
