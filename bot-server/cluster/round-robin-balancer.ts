/**
 * The load balancer of the local cluster (`npm run start:cluster`): round robin over the
 * instances, forwarding method, headers and body, and streaming each response back as it arrives,
 * so the console's server-sent events flow through it. An instance that refuses the connection is
 * passed over for a few seconds and the request goes to the next one: nothing reached it, so even
 * a POST is safe to send elsewhere. Paths can be pinned to one instance (in simulator mode Zalo's
 * stand-in lives in instance 1). A demonstration of the deployment shape, not a production
 * balancer: put nginx, HAProxy or the cloud's own in front of real instances.
 */
import http from 'node:http';

export interface BalancerOptions {
  /** Base URLs of the instances, e.g. http://127.0.0.1:3001. */
  upstreams: string[];
  /** The index of the instance that must serve `path`, or undefined for round robin. */
  pin?: (path: string) => number | undefined;
  /** Request bodies are read whole before forwarding (so a refused one can go elsewhere); larger ones get 413. */
  maxBodyBytes?: number;
  /** How long an instance that refused a connection is passed over. */
  downForMs?: number;
}

// Headers about one connection, not the message (RFC 9110 §7.6.1): never forwarded.
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'te', 'trailer', 'upgrade', 'proxy-authorization', 'proxy-authenticate']);

function endToEnd(headers: http.IncomingHttpHeaders): http.OutgoingHttpHeaders {
  const named = new Set(String(headers.connection ?? '').toLowerCase().split(',').map((name) => name.trim()));
  return Object.fromEntries(Object.entries(headers).filter(([name, value]) => value !== undefined && !HOP_BY_HOP.has(name) && !named.has(name)));
}

function readBody(request: http.IncomingMessage, limit: number): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    request.on('end', () => resolve(size <= limit ? Buffer.concat(chunks) : undefined));
    request.on('error', reject);
  });
}

export function createRoundRobinBalancer(options: BalancerOptions): http.Server {
  const upstreams = options.upstreams.map((base) => new URL(base));
  const downUntil = upstreams.map(() => 0);
  const agent = new http.Agent({ keepAlive: true });
  let turn = 0;

  /** Instances to try, best first: the pinned one alone, else the next in turn, those up before those down. */
  function candidates(path: string): number[] {
    const pinned = options.pin?.(path);
    if (pinned !== undefined) return [pinned];
    const start = turn;
    turn = (turn + 1) % upstreams.length;
    const rotated = upstreams.map((_, offset) => (start + offset) % upstreams.length);
    const now = Date.now();
    return [...rotated.filter((i) => (downUntil[i] ?? 0) <= now), ...rotated.filter((i) => (downUntil[i] ?? 0) > now)];
  }

  /** Sends the request to one instance and streams its answer back; 'refused' when the instance is not listening. */
  function forward(index: number, request: http.IncomingMessage, response: http.ServerResponse, body: Buffer): Promise<'refused' | 'answered'> {
    const target = upstreams[index] as URL;
    const headers = endToEnd(request.headers);
    // This balancer is the edge: it says who the client is, the client does not.
    headers['x-forwarded-for'] = request.socket.remoteAddress ?? '';
    headers['x-forwarded-proto'] = 'http';
    headers['x-forwarded-host'] = request.headers.host ?? '';
    if (body.length > 0 || request.headers['content-length'] !== undefined) headers['content-length'] = String(body.length);
    return new Promise((resolve) => {
      const outgoing = http.request({ host: target.hostname, port: target.port, method: request.method, path: request.url, headers, agent }, (incoming) => {
        response.writeHead(incoming.statusCode ?? 502, incoming.statusMessage, endToEnd(incoming.headers));
        response.flushHeaders(); // an event stream's headers go out now, its events as they come
        incoming.pipe(response);
        incoming.on('error', () => response.destroy()); // the instance died mid-answer: the browser reconnects
        resolve('answered');
      });
      // The browser went away (a console tab closed): stop the instance's stream too.
      response.on('close', () => {
        if (!response.writableFinished) outgoing.destroy();
      });
      outgoing.on('error', (error: NodeJS.ErrnoException) => {
        if (response.headersSent) return response.destroy();
        if (error.code === 'ECONNREFUSED') return resolve('refused');
        response.writeHead(502, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { code: 'UPSTREAM_FAILED', message: 'Máy chủ tạm thời gián đoạn, vui lòng thử lại.' } }));
        resolve('answered');
      });
      outgoing.end(body);
    });
  }

  const server = http.createServer((request, response) => {
    void (async () => {
      const body = await readBody(request, options.maxBodyBytes ?? 2 * 1024 * 1024).catch(() => undefined);
      if (!body) {
        response.writeHead(413, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { code: 'BODY_TOO_LARGE', message: 'Nội dung gửi lên quá lớn.' } }));
        return;
      }
      for (const index of candidates(request.url ?? '/')) {
        if ((await forward(index, request, response, body)) === 'answered') return;
        downUntil[index] = Date.now() + (options.downForMs ?? 5000);
      }
      response.writeHead(503, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { code: 'NO_INSTANCE', message: 'Máy chủ tạm thời gián đoạn, vui lòng thử lại.' } }));
    })();
  });
  server.on('close', () => agent.destroy());
  return server;
}
