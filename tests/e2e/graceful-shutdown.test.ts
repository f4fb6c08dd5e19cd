/**
 * `npm start` stopped with SIGTERM while a client is stuck half-way through sending a request: the
 * server must not wait on that client for minutes (Node's request timeout is 5 minutes, and an
 * orchestrator would kill the server mid-batch long before), but cut it after its grace period and
 * exit cleanly.
 */
import { afterAll, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { startInstanceProcess } from '../../bot-server/cluster/instance-process';

const freePort = (): Promise<number> =>
  new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

const lines: string[] = [];
const server = startInstanceProcess({
  port: await freePort(),
  env: { DATABASE_URL: join(mkdtempSync(join(tmpdir(), 'dvc-shutdown-')), 'dvc.sqlite'), LOG_LEVEL: 'info' },
  onLine: (line) => lines.push(line),
});
afterAll(() => server.stop());

it('exits within its grace period although a client never finishes its request', async () => {
  await server.ready();
  const { port } = new URL(server.url);
  const stalled = connect(Number(port), '127.0.0.1');
  await new Promise<void>((resolve) => stalled.once('connect', resolve));
  // Announces 1,000 bytes and sends 2: the request stays open, waiting for the rest.
  stalled.write('POST /webhooks/zalo HTTP/1.1\r\nHost: localhost\r\ncontent-type: application/json\r\ncontent-length: 1000\r\n\r\n{"');
  await new Promise((resolve) => setTimeout(resolve, 500));

  const started = Date.now();
  process.kill(server.pid as number, 'SIGTERM');
  const code = await server.exited;
  stalled.destroy();

  expect(code).toBe(0);
  expect(Date.now() - started).toBeLessThan(25_000);
  expect(lines.some((line) => line.includes('closing connections still open after the grace period'))).toBe(true);
}, 60_000);
