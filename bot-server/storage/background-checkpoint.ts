/**
 * SQLite's WAL is copied back into the database file by a "checkpoint", which ends in an fsync.
 * Left automatic, it runs inside whichever commit crosses the threshold, and that commit (a
 * webhook's group insert, say) blocks the event loop for the fsync. Here the server's connection
 * never checkpoints; a worker thread with its own connection does it in the background.
 * PASSIVE never waits for or blocks the writer; the writer restarts the WAL from its beginning
 * once a checkpoint has copied everything (any pause in writing gives it the chance). Should
 * writes never pause, a RESTART checkpoint past 16,384 frames (64 MB) briefly holds the writer.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type BetterSqlite3 from 'better-sqlite3';

// Plain CommonJS run by `eval`: it works the same under tsx, bundled, or compiled.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.path);
db.pragma('busy_timeout = 5000');
const checkpoint = () => {
  try {
    const [result] = db.pragma('wal_checkpoint(PASSIVE)');
    // Writes that never pause leave no moment to start the WAL over: past a size, make one.
    if (result && result.log > workerData.restartAtFrames) db.pragma('wal_checkpoint(RESTART)');
  } catch (error) {
    parentPort.postMessage({ error: String((error && error.message) || error) });
  }
};
const timer = setInterval(checkpoint, workerData.everyMs);
parentPort.on('message', () => { clearInterval(timer); checkpoint(); db.close(); parentPort.postMessage({ closed: true }); });
`;

export interface BackgroundCheckpoint {
  stop(): Promise<void>;
}

export function startBackgroundCheckpoint(
  sqlite: BetterSqlite3.Database,
  options: { path: string; everyMs?: number; onError: (message: string) => void },
): BackgroundCheckpoint {
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { path: options.path, everyMs: options.everyMs ?? 1000, restartAtFrames: 16_384, driver: createRequire(import.meta.url).resolve('better-sqlite3') },
  });
  sqlite.pragma('wal_autocheckpoint = 0');
  let stopped: Promise<void> | undefined;
  let exited = false;
  worker.once('exit', () => (exited = true));
  worker.on('message', (message: { error?: string }) => {
    if (message.error) options.onError(message.error);
  });
  worker.on('error', (error) => {
    // Never let the WAL grow without bound: fall back to checkpointing on the server's connection.
    options.onError(error.message);
    if (sqlite.open) sqlite.pragma('wal_autocheckpoint = 1000');
  });
  worker.unref();
  return {
    stop() {
      stopped ??= new Promise<void>((resolve) => {
        if (exited) return resolve();
        worker.once('exit', () => resolve());
        worker.once('message', () => void worker.terminate());
        worker.ref(); // keep the process alive until the last checkpoint is done
        worker.postMessage('stop');
      });
      return stopped;
    },
  };
}
