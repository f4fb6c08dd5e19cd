/**
 * Stops the server on SIGINT/SIGTERM: no new requests, workers finish their batch, storage closes.
 * A client that stopped reading its response keeps its connection (and so `close()`) open for as
 * long as the keep-alive timeout allows; after a grace period such connections are cut, and after
 * a second one the process exits anyway. Cutting is safe: the inbox and outbox survive a crash, and
 * a request cut before its 200 is retried by Zalo.
 */
import type { FastifyInstance } from 'fastify';

const GRACE_MS = 10_000;

export function stopGracefullyOnSignals(app: FastifyInstance): void {
  const stop = async (signal: string): Promise<void> => {
    app.log.info({ signal }, 'shutting down');
    const cut = setTimeout(() => {
      app.log.warn({ graceMs: GRACE_MS }, 'shutdown: closing connections still open after the grace period');
      app.server.closeAllConnections();
      setTimeout(() => {
        app.log.error('shutdown: still not closed; exiting without waiting further');
        process.exit(1);
      }, GRACE_MS).unref();
    }, GRACE_MS);
    cut.unref();
    await app.close();
    clearTimeout(cut);
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}
