-- The lesson's e-commerce system as a PostgreSQL database, for the import tests: users, orders
-- (a foreign key to users), payments (to orders), products with a tsvector and a GIN index,
-- sessions (rewritten constantly), avatars in bytea, page views (insert-only), and tables with
-- hostile names. psql runs it against an empty database; workload.sh then measures traffic.
\set ON_ERROR_STOP on
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS pg_stat_statements;

CREATE TABLE users (
  id bigserial PRIMARY KEY,
  email text UNIQUE NOT NULL,
  name text NOT NULL,
  preferences jsonb DEFAULT '{}',
  created_at timestamptz DEFAULT now()
);
CREATE TABLE orders (
  id bigserial PRIMARY KEY,
  user_id bigint NOT NULL REFERENCES users(id),
  total numeric(10, 2) NOT NULL,
  status text NOT NULL DEFAULT 'new',
  created_at timestamptz DEFAULT now()
);
CREATE INDEX orders_user_id_idx ON orders (user_id);
CREATE TABLE payments (
  id bigserial PRIMARY KEY,
  order_id bigint NOT NULL REFERENCES orders(id),
  amount numeric(10, 2) NOT NULL,
  provider_ref text UNIQUE,
  paid_at timestamptz DEFAULT now()
);
CREATE TABLE products (
  id bigserial PRIMARY KEY,
  name text NOT NULL,
  description text NOT NULL,
  search tsvector GENERATED ALWAYS AS (to_tsvector('english', name || ' ' || description)) STORED
);
CREATE INDEX products_search_idx ON products USING gin (search);
CREATE TABLE sessions (
  id text PRIMARY KEY,
  user_id bigint REFERENCES users(id),
  data jsonb NOT NULL DEFAULT '{}',
  last_seen timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE avatars (
  user_id bigint PRIMARY KEY REFERENCES users(id),
  content_type text NOT NULL,
  image bytea NOT NULL
);
CREATE TABLE page_views (
  id bigserial PRIMARY KEY,
  user_id bigint,
  path text NOT NULL,
  viewed_at timestamptz NOT NULL DEFAULT now()
);
-- Names are data: quotes, angle brackets, Unicode, and the longest name PostgreSQL keeps.
CREATE SCHEMA "we<ird>";
CREATE TABLE "we<ird>"."Ta""ble <script>ü 名前" (id int PRIMARY KEY, note text);
CREATE TABLE "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" (id int PRIMARY KEY);

INSERT INTO users (email, name)
  SELECT 'user' || i || '@example.com', 'User ' || i FROM generate_series(1, 1000) i;
INSERT INTO orders (user_id, total) SELECT 1 + i % 1000, i % 200 FROM generate_series(1, 3000) i;
INSERT INTO payments (order_id, amount, provider_ref)
  SELECT i, i % 200, 'ref-' || i FROM generate_series(1, 3000) i;
INSERT INTO products (name, description)
  SELECT 'Wireless keyboard ' || i, 'Bluetooth and USB-C, ANSI layout, battery ' || i || ' hours'
  FROM generate_series(1, 500) i;
INSERT INTO sessions (id, user_id) SELECT 's' || i, i FROM generate_series(1, 1000) i;
INSERT INTO avatars (user_id, content_type, image)
  SELECT i, 'image/png', decode(repeat('89504e470d0a1a0a', 512), 'hex') FROM generate_series(1, 1000) i;
ANALYZE;
