-- Deterministic seed data: the same rows on every run and in every implementation.
-- 500 customers, 100 products, 5,000 orders (10 per customer), 12,500 order lines.
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 500)
INSERT INTO customers (id, name, email)
SELECT i, 'Customer ' || i, 'customer' || i || '@example.com' FROM n;

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100)
INSERT INTO products (id, sku, name, price_cents)
SELECT i, printf('SKU-%04d', i), 'Product ' || i, 100 + (i * 7919) % 9900 FROM n;

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000)
INSERT INTO orders (id, customer_id, status)
SELECT i,
       1 + (i * 37) % 500,
       CASE i % 4 WHEN 0 THEN 'placed' WHEN 1 THEN 'paid' WHEN 2 THEN 'shipped' ELSE 'cancelled' END
FROM n;

-- Between one and four lines per order, priced at the product's current price.
WITH RECURSIVE k(line_no) AS (SELECT 1 UNION ALL SELECT line_no + 1 FROM k WHERE line_no < 4)
INSERT INTO order_lines (order_id, line_no, product_id, quantity, unit_price_cents)
SELECT o.id, k.line_no, p.id, 1 + (o.id + k.line_no) % 5, p.price_cents
FROM orders o
JOIN k ON k.line_no <= 1 + o.id % 4
JOIN products p ON p.id = 1 + (o.id * 13 + o.id / 100 + k.line_no * 29) % 100
ORDER BY o.id, k.line_no;

-- The twelve rows of TechEmpower's Fortunes test (FrameworkBenchmarks, toolset/databases), including
-- the markup that must come out escaped and the Japanese row that must come out as UTF-8.
INSERT INTO fortune (id, message) VALUES
  (1, 'fortune: No such file or directory'),
  (2, 'A computer scientist is someone who fixes things that aren''t broken.'),
  (3, 'After enough decimal places, nobody gives a damn.'),
  (4, 'A bad random number generator: 1, 1, 1, 1, 1, 4.33e+67, 1, 1, 1'),
  (5, 'A computer program does what you tell it to do, not what you want it to do.'),
  (6, 'Emacs is a nice operating system, but I prefer UNIX. — Tom Christaensen'),
  (7, 'Any program that runs right is obsolete.'),
  (8, 'A list is only as strong as its weakest link. — Donald Knuth'),
  (9, 'Feature: A bug with seniority.'),
  (10, 'Computers make very fast, very accurate mistakes.'),
  (11, '<script>alert("This should not be displayed in a browser alert box.");</script>'),
  (12, 'フレームワークのベンチマーク');
