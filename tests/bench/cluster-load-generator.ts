/**
 * Load generator for the cluster benchmark, in its own process (this bundle again, see
 * run-benchmarks.ts), so the instances, Zalo's stand-in and the sender do not share an event loop.
 * Unlike load-generator.mjs it spreads the offered rate over several instances (one autocannon per
 * instance, each at its share) and every message comes from a resident never seen before in the
 * run: each call gets its own block of resident ids, so the reply Zalo receives for an id can only
 * answer this message.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { randomBytes } from 'node:crypto';
import autocannon from 'autocannon';
import { zaloSignature } from '../../bot-server/zalo/webhook-signature';

export interface WebhookLoad {
  /** Webhook URLs; the rate is split evenly over them. */
  targets: string[];
  rate: number;
  seconds: number;
  /** Distinguishes this run's residents from every other run's (see nextResidentBlock). */
  residentBlock: number;
  signing: { appId: string; oaId: string; secret: string };
}

interface WebhookLoadResult {
  /** When each accepted message was sent (epoch ms), by resident id. */
  sentAt: Record<string, number>;
  /** Messages answered with a non-2xx status: not stored, so not expected to be answered. */
  refused: number;
  /** Requests lost to a connection error or timeout (still counted in sentAt: they may have been stored). */
  connectionErrors: number;
}

let block = 0;
/** A fresh block of resident ids for the next load run. */
export function nextResidentBlock(): number {
  block += 1;
  return block;
}

/** The load as seen from this process: runs the generator in a child process and reads its one JSON line. */
export function runWebhookLoad(load: WebhookLoad): Promise<WebhookLoadResult> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [process.argv[1] ?? '', 'cluster-load', JSON.stringify(load)], { stdio: ['ignore', 'pipe', 'inherit'] });
    const lines = createInterface({ input: child.stdout });
    let last = '';
    lines.on('line', (line) => (last = line));
    child.on('error', fail);
    child.on('exit', (code) => {
      try {
        done(JSON.parse(last) as WebhookLoadResult);
      } catch (error) {
        fail(new Error(`the load generator exited (${code ?? 'killed'}) without a result`, { cause: error }));
      }
    });
  });
}

/** The child's side: sends, then prints the result as one JSON line. */
export async function runWebhookLoadProcess(load: WebhookLoad): Promise<void> {
  const sentAt: Record<string, number> = {};
  const inFlight = new WeakMap<object, string>(); // autocannon's per-connection context → the resident sending
  let refused = 0;
  let n = 0;

  function nextMessage(context: object) {
    n += 1;
    const userId = `849${String(load.residentBlock).padStart(3, '0')}${String(n).padStart(12, '0')}`;
    const timestamp = String(Date.now());
    const body = JSON.stringify({
      app_id: load.signing.appId,
      user_id_by_app: `app-${userId}`,
      event_name: 'user_send_text',
      timestamp,
      sender: { id: userId },
      recipient: { id: load.signing.oaId },
      message: { text: 'giúp', msg_id: randomBytes(16).toString('hex') },
    });
    const mac = zaloSignature({ appId: load.signing.appId, rawBody: body, timestamp, secret: load.signing.secret });
    sentAt[userId] = Date.now();
    inFlight.set(context, userId);
    return { body, headers: { 'content-type': 'application/json', 'x-zevent-signature': `mac=${mac}` } };
  }

  // Each connection waits for its acknowledgement: enough of them that a slow acknowledgement does not lower the offered rate.
  const connections = Math.max(4, Math.min(50, Math.ceil(load.rate / load.targets.length / 10)));
  const results = await Promise.all(
    load.targets.map((url) =>
      autocannon({
        url,
        method: 'POST',
        connections,
        duration: load.seconds,
        overallRate: load.rate / load.targets.length,
        requests: [
          {
            setupRequest: (request, context) => ({ ...request, ...nextMessage(context) }),
            onResponse: (status, _body, context) => {
              const userId = inFlight.get(context);
              if (status >= 300 && userId !== undefined) {
                delete sentAt[userId];
                refused += 1;
              }
            },
          },
        ],
      }),
    ),
  );
  const connectionErrors = results.reduce((sum, result) => sum + result.errors, 0);
  process.stdout.write(`${JSON.stringify({ sentAt, refused, connectionErrors } satisfies WebhookLoadResult)}\n`);
}
