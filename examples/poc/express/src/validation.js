'use strict';
// Request validation: each function returns the sorted field paths that fail, empty when valid.

const MAX_LINES = 20;

function isInteger(value, min, max) {
  return Number.isInteger(value) && value >= min && value <= max;
}

function orderProblems(body) {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return ['body'];
  const problems = [];
  if (!isInteger(body.customerId, 1, Number.MAX_SAFE_INTEGER)) problems.push('customerId');
  const lines = body.lines;
  if (!Array.isArray(lines) || lines.length < 1 || lines.length > MAX_LINES) {
    problems.push('lines');
  } else {
    lines.forEach((line, i) => {
      if (line === null || typeof line !== 'object' || Array.isArray(line)) {
        problems.push(`lines[${i}]`);
        return;
      }
      if (!isInteger(line.productId, 1, Number.MAX_SAFE_INTEGER)) {
        problems.push(`lines[${i}].productId`);
      }
      if (!isInteger(line.quantity, 1, 100)) problems.push(`lines[${i}].quantity`);
    });
  }
  return problems.sort();
}

/** Parses an optional non-negative decimal query parameter; NaN when malformed. */
function queryInteger(raw, fallback) {
  if (raw === undefined) return fallback;
  return typeof raw === 'string' && /^[0-9]{1,9}$/.test(raw) ? Number(raw) : NaN;
}

function listQuery(query) {
  const customer = queryInteger(query.customer, NaN);
  const limit = queryInteger(query.limit, 20);
  const offset = queryInteger(query.offset, 0);
  const problems = [];
  if (!(customer >= 1)) problems.push('customer');
  if (!(limit >= 1 && limit <= 100)) problems.push('limit');
  if (!(offset >= 0)) problems.push('offset');
  return { customer, limit, offset, problems: problems.sort() };
}

module.exports = { orderProblems, listQuery };
