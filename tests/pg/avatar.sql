-- A profile page shows the avatar, straight out of the database (pgbench script).
\set u random(1, 1000)
SELECT content_type, image FROM avatars WHERE user_id = :u;
