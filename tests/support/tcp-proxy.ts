/**
 * A TCP proxy on a loopback port in front of a real service (PostgreSQL, Redis), so a test can take
 * the service away from the server under test without touching the machine's shared one: `cut()`
 * drops every open connection and refuses new ones (as a restarting server or a broken link does),
 * `restore()` listens again on the same port.
 */
import { createServer, connect, type Server, type Socket } from 'node:net';

export interface TcpProxy {
  /** The proxy's port on 127.0.0.1. */
  port: number;
  /** `url` with its host and port replaced by the proxy's. */
  via(url: string): string;
  /** Connections accepted so far (a reconnecting client shows up here). */
  accepted(): number;
  cut(): Promise<void>;
  restore(): Promise<void>;
  close(): Promise<void>;
}

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const open = new Set<Socket>();
  let accepted = 0;
  let server: Server | undefined;

  function pipeTo(client: Socket): void {
    accepted += 1;
    const upstream = connect(target.port, target.host);
    open.add(client).add(upstream);
    const drop = () => {
      client.destroy();
      upstream.destroy();
      open.delete(client);
      open.delete(upstream);
    };
    for (const socket of [client, upstream]) {
      socket.on('error', drop);
      socket.on('close', drop);
    }
    client.pipe(upstream);
    upstream.pipe(client);
  }

  const listen = (port: number): Promise<number> =>
    new Promise((resolve, reject) => {
      const next = createServer(pipeTo);
      next.once('error', reject);
      next.listen(port, '127.0.0.1', () => {
        server = next;
        const address = next.address();
        resolve(address !== null && typeof address === 'object' ? address.port : port);
      });
    });

  const stopListening = (): Promise<void> =>
    new Promise((resolve) => {
      const current = server;
      server = undefined;
      if (!current) return resolve();
      current.close(() => resolve());
      for (const socket of open) socket.destroy();
      open.clear();
    });

  const port = await listen(0);
  return {
    port,
    via(url) {
      const proxied = new URL(url);
      proxied.hostname = '127.0.0.1';
      proxied.port = String(port);
      return proxied.toString();
    },
    accepted: () => accepted,
    cut: stopListening,
    async restore() {
      if (!server) await listen(port);
    },
    close: stopListening,
  };
}
