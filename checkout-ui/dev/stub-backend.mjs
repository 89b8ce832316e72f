// A stand-in for api-gateway and notification-service, to look at the page without the stack:
//   node dev/stub-backend.mjs &
//   GATEWAY_URL=http://127.0.0.1:8099 NOTIFICATION_URL=http://127.0.0.1:8099 npm run preview
//   open 'http://127.0.0.1:5173/checkout/cs_demo#client_secret=any-secret&publishable_key=pk_test_any'
// Outcome by the phone's last digit: 1 cancelled, 2 failed, 3 stays unknown, else succeeded.
import { createServer } from 'node:http';

const port = Number(process.env.STUB_BACKEND_PORT ?? 8099);
const stepMs = Number(process.env.STUB_STEP_MS ?? 1500);
const sessions = new Map();
const payments = new Map();

function sessionFor(id) {
  if (!sessions.has(id)) {
    sessions.set(id, {
      id, amount: 1500, currency: 'KES', reference: 'INV-1042', description: 'Two bags of flour',
      merchant_name: 'Demo Merchant', status: 'open', payment: null,
    });
  }
  return sessions.get(id);
}

function json(res, status, body) {
  res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
}

function phoneError(res) {
  json(res, 400, { error: { type: 'invalid_request_error', code: 'invalid_phone',
    message: 'Enter a Safaricom number such as 0712 345 678', param: 'phone' } });
}

function outcomeFor(phone) {
  return { 1: 'cancelled', 2: 'failed', 3: 'unknown' }[phone.at(-1)] ?? 'succeeded';
}

function stream(res, payment) {
  res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache' });
  const send = (status, extra = {}) => res.write(`event: payment\ndata: ${JSON.stringify({
    payment_id: payment.id, status, message: null, mpesa_receipt: null, ...extra })}\n\n`);
  send(payment.status);
  const timers = [
    setTimeout(() => send('submitted'), stepMs),
    setTimeout(() => {
      const receipt = payment.outcome === 'succeeded' ? { mpesa_receipt: 'SGR7XYZ123' } : {};
      send(payment.outcome, receipt);
      if (payment.outcome !== 'unknown') res.end();
    }, 2 * stepMs),
  ];
  res.on('close', () => timers.forEach(clearTimeout));
}

createServer((req, res) => {
  const url = new URL(req.url, 'http://stub');
  const checkout = url.pathname.match(/^\/v1\/checkout\/sessions\/([\w-]+)(\/pay)?$/);
  const events = url.pathname.match(/^\/v1\/payments\/([\w-]+)\/events$/);
  // as the gateway: the merchant's publishable key as bearer, the session's client secret in its own header
  if (checkout && !/^Bearer pk_\S+/.test(req.headers.authorization ?? '')) {
    return json(res, 401, {
      error: { type: 'authentication_error', code: 'publishable_key_required', message: 'Missing publishable key' },
    });
  }
  if (checkout && !req.headers['checkout-client-secret']) {
    return json(res, 401, { error: { type: 'authentication_error', message: 'Missing client secret' } });
  }
  if (checkout && req.method === 'GET' && !checkout[2]) return json(res, 200, sessionFor(checkout[1]));
  if (checkout && req.method === 'POST' && checkout[2]) {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const phone = String(JSON.parse(body || '{}').phone ?? '').replace(/\D/g, '');
      if (phone.length < 9) return phoneError(res);
      const payment = { id: `pay_${payments.size + 1}`, status: 'pending', outcome: outcomeFor(phone) };
      payments.set(payment.id, payment);
      json(res, 202, { payment_id: payment.id, status: 'pending', watch_token: `wt_${payment.id}` });
    });
    return;
  }
  if (events && payments.has(events[1]) && url.searchParams.get('token') === `wt_${events[1]}`) {
    return stream(res, payments.get(events[1]));
  }
  json(res, 404, { error: { type: 'invalid_request_error', message: `No route for ${req.method} ${url.pathname}` } });
}).listen(port, '127.0.0.1', () => console.log(`stub backend on http://127.0.0.1:${port}`));
