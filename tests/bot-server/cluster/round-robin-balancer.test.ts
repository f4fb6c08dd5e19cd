/**
 * The local cluster's load balancer against two small HTTP servers standing in for instances:
 * turns, what is forwarded, pinned paths, event streams passing through as they are written, and
 * an instance that is down.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createRoundRobinBalancer } from '../../../bot-server/cluster/round-robin-balancer';

const servers: http.Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

async function listen(server: http.Server): Promise<string> {
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** An instance that answers with its name, and what it received. */
function instance(name: string): http.Server {
  return http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += String(chunk)));
    request.on('end', () => {
      response.setHeader('set-cookie', [`served=${name}`]);
      response.end(JSON.stringify({ name, method: request.method, url: request.url, body, forwardedFor: request.headers['x-forwarded-for'], custom: request.headers['x-custom'] }));
    });
  });
}

/** A base URL where nothing listens. */
async function nothingListening(): Promise<string> {
  const server = http.createServer();
  const url = await listen(server);
  servers.pop();
  await new Promise((resolve) => server.close(resolve));
  return url;
}

describe('round-robin balancer', () => {
  it('takes instances in turn and forwards method, path, headers and body, naming the client itself', async () => {
    const upstreams = [await listen(instance('one')), await listen(instance('two'))];
    const base = await listen(createRoundRobinBalancer({ upstreams }));
    const answers = [];
    for (let i = 0; i < 4; i += 1) {
      const response = await fetch(`${base}/api/things?i=${i}`, { method: 'POST', headers: { 'content-type': 'text/plain', 'x-custom': 'kept', 'x-forwarded-for': '6.6.6.6' }, body: `body ${i}` });
      expect(response.headers.getSetCookie()).toHaveLength(1);
      answers.push(await response.json());
    }
    expect(answers.map((answer) => answer.name)).toEqual(['one', 'two', 'one', 'two']);
    expect(answers[3]).toEqual({ name: 'two', method: 'POST', url: '/api/things?i=3', body: 'body 3', forwardedFor: '127.0.0.1', custom: 'kept' });
  });

  it('sends pinned paths to their instance only', async () => {
    const upstreams = [await listen(instance('one')), await listen(instance('two'))];
    const base = await listen(createRoundRobinBalancer({ upstreams, pin: (path) => (path.startsWith('/simulator') ? 0 : undefined) }));
    const names = [];
    for (let i = 0; i < 3; i += 1) names.push((await (await fetch(`${base}/simulator/api/messages`)).json()).name);
    expect(names).toEqual(['one', 'one', 'one']);
  });

  it('streams an event stream as it is written, and ends the instance side when the browser leaves', async () => {
    let instanceSawClose: () => void = () => undefined;
    const closed = new Promise<void>((resolve) => (instanceSawClose = resolve));
    let sendSecond: () => void = () => undefined;
    const streaming = http.createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      response.write('event: ready\ndata: {}\n\n');
      sendSecond = () => response.write('event: handoffs\ndata: {}\n\n');
      response.on('close', instanceSawClose);
    });
    const base = await listen(createRoundRobinBalancer({ upstreams: [await listen(streaming)] }));
    const controller = new AbortController();
    const response = await fetch(`${base}/api/console/events`, { signal: controller.signal });
    expect(response.headers.get('content-type')).toBe('text/event-stream');
    if (!response.body) throw new Error('no body');
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    expect((await reader.read()).value).toContain('event: ready'); // before the second event exists
    sendSecond();
    expect((await reader.read()).value).toContain('event: handoffs');
    controller.abort();
    await closed;
  });

  it('passes over an instance that is down, and answers 503 when none is up', async () => {
    const up = await listen(instance('up'));
    const down = await nothingListening();
    const base = await listen(createRoundRobinBalancer({ upstreams: [down, up] }));
    const names = [];
    for (let i = 0; i < 3; i += 1) names.push((await (await fetch(`${base}/x`, { method: 'POST', body: 'kept' })).json()).name);
    expect(names).toEqual(['up', 'up', 'up']);
    const none = await listen(createRoundRobinBalancer({ upstreams: [down] }));
    const refused = await fetch(`${none}/x`);
    expect(refused.status).toBe(503);
    expect((await refused.json()).error.code).toBe('NO_INSTANCE');
  });
});
