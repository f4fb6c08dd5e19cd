/**
 * One bot-server as a child process (`node --import tsx bot-server/server.ts`, exactly what
 * `npm start` runs), for the local cluster and the multi-instance test. Ready once its /readyz
 * answers; stopped with SIGTERM, the server's graceful shutdown (workers finish their batch, a
 * send under way is recorded), and killed only when that takes too long.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const STOP_GRACE_MS = 15_000;

export interface InstanceProcessOptions {
  port: number;
  /** Added to this process's environment (PORT and HOST are set from `port`). */
  env: Record<string, string>;
  /** Each line the server writes (pino's JSON logs on stdout, start-up failures on stderr). */
  onLine?: (line: string, stream: 'stdout' | 'stderr') => void;
  /** Own process group: Ctrl-C in a terminal then reaches only the parent, which stops each instance once. */
  detached?: boolean;
  /** The repository to run from; by default the one holding this file (a bundled copy, as the benchmarks use, must name it). */
  repoRoot?: string;
}

export interface InstanceProcess {
  url: string;
  pid: number | undefined;
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<number | null>;
  ready(timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

export function startInstanceProcess(options: InstanceProcessOptions): InstanceProcess {
  const url = `http://127.0.0.1:${options.port}`;
  const child = spawn(process.execPath, ['--import', 'tsx', 'bot-server/server.ts'], {
    cwd: options.repoRoot ?? REPO_ROOT, // the server reads shared/ and www/ relative to the working directory
    env: { ...process.env, ...options.env, PORT: String(options.port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: options.detached ?? false,
  });
  for (const stream of ['stdout', 'stderr'] as const) {
    const lines = createInterface({ input: child[stream] });
    lines.on('line', (line) => options.onLine?.(line, stream));
  }
  let done = false;
  const exited = new Promise<number | null>((resolve) => {
    child.once('exit', (code) => {
      done = true;
      resolve(code);
    });
  });

  return {
    url,
    pid: child.pid,
    exited,
    async ready(timeoutMs = 60_000) {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        if (done) throw new Error(`the instance on port ${options.port} exited before it was ready`);
        const ok = await fetch(`${url}/readyz`).then((response) => response.ok, () => false);
        if (ok) return;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      throw new Error(`the instance on port ${options.port} was not ready within ${timeoutMs} ms`);
    },
    async stop() {
      if (done) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
      await exited;
      clearTimeout(timer);
    },
  };
}
