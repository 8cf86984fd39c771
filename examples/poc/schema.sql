-- Shared schema of the stackfit reference proofs of concept (examples/poc/*).
-- Every implementation creates a fresh SQLite file from this script and seed.sql at start-up.
-- SQLite dialect; see docs/poc.md for what PostgreSQL would change.
PRAGMA journal_mode = WAL;

CREATE TABLE customers (
  id    INTEGER PRIMARY KEY,
  name  TEXT    NOT NULL,
  email TEXT    NOT NULL UNIQUE
);

CREATE TABLE products (
  id          INTEGER PRIMARY KEY,
  sku         TEXT    NOT NULL UNIQUE,
  name        TEXT    NOT NULL,
  price_cents INTEGER NOT NULL CHECK (price_cents >= 0)
);

CREATE TABLE orders (
  id          INTEGER PRIMARY KEY,
  customer_id INTEGER NOT NULL REFERENCES customers (id),
  status      TEXT    NOT NULL CHECK (status IN ('placed', 'paid', 'shipped', 'cancelled'))
);

CREATE INDEX orders_by_customer ON orders (customer_id, id);

CREATE TABLE order_lines (
  id               INTEGER PRIMARY KEY,
  order_id         INTEGER NOT NULL REFERENCES orders (id),
  line_no          INTEGER NOT NULL,
  product_id       INTEGER NOT NULL REFERENCES products (id),
  quantity         INTEGER NOT NULL CHECK (quantity BETWEEN 1 AND 100),
  unit_price_cents INTEGER NOT NULL CHECK (unit_price_cents >= 0),
  UNIQUE (order_id, line_no)
);

-- TechEmpower's Fortunes test table, as its benchmark specification defines it.
CREATE TABLE fortune (
  id      INTEGER PRIMARY KEY,
  message TEXT    NOT NULL
);
