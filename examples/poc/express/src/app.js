'use strict';
// The Express application: routes, JSON problem responses and the Fortunes page.
const path = require('node:path');
const express = require('express');
const { orderRepository } = require('./orders');
const { orderProblems, listQuery } = require('./validation');

const TITLES = { 400: 'Bad Request', 404: 'Not Found', 500: 'Internal Server Error' };

// RFC 9457 problem JSON; `type` is left out, which means about:blank.
function problem(req, res, status, detail, errors) {
  const body = { title: TITLES[status], status, detail, instance: req.path };
  if (errors) body.errors = errors;
  res.status(status).type('application/problem+json').send(JSON.stringify(body));
}

function createApp(db) {
  const orders = orderRepository(db);
  const fortunes = db.prepare('SELECT id, message FROM fortune');
  const app = express();
  app.set('x-powered-by', false);
  app.set('views', path.resolve(__dirname, '..', 'views'));
  app.set('view engine', 'ejs');
  app.use(express.json());

  app.get('/health', (req, res) => res.json({ status: 'ok' }));
  app.get('/json', (req, res) => res.json({ message: 'Hello, World!' }));

  app.get('/fortunes', (req, res) => {
    const rows = fortunes.all();
    rows.push({ id: 0, message: 'Additional fortune added at request time.' });
    rows.sort((a, b) => (a.message < b.message ? -1 : a.message > b.message ? 1 : 0));
    res.render('fortunes', { fortunes: rows });
  });

  app.get('/orders/:id', (req, res) => {
    const id = /^[0-9]{1,18}$/.test(req.params.id) ? Number(req.params.id) : null;
    const order = id === null ? null : orders.find(id);
    if (!order) return problem(req, res, 404, `order ${req.params.id} not found`);
    res.json(order);
  });

  app.get('/orders', (req, res) => {
    const q = listQuery(req.query);
    if (q.problems.length) return problem(req, res, 400, 'invalid query parameters', q.problems);
    const page = orders.listByCustomer(q.customer, q.limit, q.offset);
    res.json({ customerId: q.customer, limit: q.limit, offset: q.offset, orders: page });
  });

  app.post('/orders', (req, res) => {
    const problems = orderProblems(req.body);
    if (problems.length) return problem(req, res, 400, 'invalid order', problems);
    const unknown = orders.unknownReferences(req.body);
    if (unknown.length) return problem(req, res, 400, 'invalid order', unknown);
    const id = orders.place(req.body);
    res.status(201).location(`/orders/${id}`).json(orders.find(id));
  });

  // Express 5 hands malformed JSON bodies (and anything thrown) to the error handler.
  app.use((err, req, res, next) => {
    if (err.type === 'entity.parse.failed') return problem(req, res, 400, 'invalid order', ['body']);
    console.error(err);
    problem(req, res, 500, 'unexpected error');
  });
  return app;
}

module.exports = { createApp };
