// Load generator for the webhook benchmark, in its own process (as a real load test would be):
// the server's process then only serves. Prints one JSON line: autocannon's summary and, for
// signed webhooks, when each resident's message was sent (for end-to-end latency).
// Usage: node load-generator.mjs '<json options>'
import autocannon from 'autocannon';
import { createHash, randomBytes } from 'node:crypto';

const options = JSON.parse(process.argv[2]);
const sentAt = {};
let n = 0;

function signed() {
  const userId = `84${String(7000000000000000 + (n++ % options.residents))}`;
  const timestamp = String(Date.now());
  const body = JSON.stringify({
    app_id: options.appId,
    user_id_by_app: `app-${userId}`,
    event_name: 'user_send_text',
    timestamp,
    sender: { id: userId },
    recipient: { id: options.oaId },
    message: { text: 'giúp', msg_id: randomBytes(16).toString('hex') },
  });
  // Zalo's formula (reference/zalo-platform.md §1): sha256(appId + body + timestamp + secret).
  const mac = createHash('sha256').update(options.appId + body + timestamp + options.secret).digest('hex');
  if (options.recordSends) sentAt[userId] = Date.now();
  return { body, headers: { 'content-type': 'application/json', 'x-zevent-signature': `mac=${mac}` } };
}

const requests = options.signed ? [{ setupRequest: (request) => ({ ...request, ...signed() }) }] : undefined;
const result = await autocannon({
  url: options.url,
  method: 'POST',
  connections: options.connections,
  duration: options.duration,
  ...(options.rate ? { overallRate: options.rate } : {}),
  ...(options.signed ? { requests } : { body: JSON.stringify({ hello: 'world' }), headers: { 'content-type': 'application/json' } }),
});
process.stdout.write(`${JSON.stringify({ requests: result.requests.average, total: result.requests.total, p50: result.latency.p50, p99: result.latency.p99, non2xx: result.non2xx, sentAt })}\n`);
