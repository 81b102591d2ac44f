-- Every request is tracked (pgbench script).
\set u random(1, 1000)
INSERT INTO page_views (user_id, path) VALUES (:u, '/products/' || :u);
