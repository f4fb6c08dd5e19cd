/**
 * The console's live feed: a handoff raised in the chat reaches an open console as an event within
 * 2 seconds, on the same instance and, through Redis, on another one; nobody signed in gets 401.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startConsoleServer, type ConsoleServer } from './console-harness';
import { openSseStream, type SseStream } from '../../support/sse-stream';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

const streams: SseStream[] = [];
async function liveFeed(server: ConsoleServer, username: string): Promise<SseStream> {
  const session = await server.session(username);
  const stream = await openSseStream(`${server.baseUrl}/api/console/events`, { cookie: `dvc_console=${session.cookie}` });
  streams.push(stream);
  return stream;
}

describe('the console live feed', () => {
  let server: ConsoleServer;
  beforeAll(async () => {
    server = await startConsoleServer({ workers: true });
    await server.addUser('lan', 'official');
  });
  afterAll(async () => {
    for (const stream of streams) stream.close();
    await server.close();
  });

  it('refuses nobody with 401', async () => {
    const stream = await openSseStream(`${server.baseUrl}/api/console/events`);
    expect(stream.status).toBe(401);
  });

  it('tells an open console about a handoff within 2 seconds of the resident asking', async () => {
    const feed = await liveFeed(server, 'lan');
    expect(feed.status).toBe(200);
    await feed.next('ready');
    const asked = Date.now();
    expect(await server.say('8409000000000000101', 'gặp cán bộ')).toBe(200);
    await feed.next('handoffs', 2000);
    expect(Date.now() - asked).toBeLessThan(2000);
  });

  it('does not signal handoffs for an ordinary chat turn', async () => {
    const feed = await liveFeed(server, 'lan');
    await feed.next('ready');
    await server.turn('8409000000000000102', 'lam giay khai sinh');
    await expect(feed.next('handoffs', 600)).rejects.toThrow(/no "handoffs" event/);
  });
});

describe('the live feed across two instances sharing Redis', () => {
  let first: ConsoleServer;
  let second: ConsoleServer;
  beforeAll(async () => {
    first = await startConsoleServer({ workers: true, env: { REDIS_URL } });
    second = await startConsoleServer({ workers: false, env: { REDIS_URL } });
    await second.addUser('minh', 'official');
  });
  afterAll(async () => {
    await first.close();
    await second.close();
  });

  it('shows a console on instance B a handoff raised on instance A', async () => {
    const feed = await liveFeed(second, 'minh');
    await feed.next('ready');
    expect(await first.say('8409000000000000103', 'gặp cán bộ')).toBe(200);
    await feed.next('handoffs', 2000);
  });
});
