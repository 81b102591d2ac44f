-- Every request checks its session and touches it (pgbench script).
\set s random(1, 1000)
SELECT user_id, data FROM sessions WHERE id = 's' || :s;
UPDATE sessions SET last_seen = now() WHERE id = 's' || :s;
