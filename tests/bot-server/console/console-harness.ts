/**
 * A real bot-server (simulator mode, fresh SQLite) with a clock the test moves, logs captured, and
 * a small client for the console API that carries the session cookie and CSRF token like a browser.
 */
import { Writable } from 'node:stream';
import type { LightMyRequestResponse } from 'fastify';
import { startTestServer, type TestServer } from '../../support/test-server';
import { createStaffAccount } from '../../../bot-server/console-api/create-staff-account';
import type { StaffRole } from '../../../bot-server/storage/database-types';
import type { ConsoleSessionResponse } from '../../../shared/api/console-api-schemas';

interface ConsoleSession {
  cookie: string;
  csrfToken: string;
}

export interface ConsoleServer extends TestServer {
  /** Every log line written so far. */
  logs: string[];
  advance(ms: number): void;
  addUser(username: string, role: StaffRole, password?: string): Promise<number>;
  signIn(username: string, password?: string): Promise<LightMyRequestResponse>;
  /** Signs in and returns the cookie and CSRF token; throws when sign-in fails. */
  session(username: string, password?: string): Promise<ConsoleSession>;
  call(session: ConsoleSession | null, method: string, url: string, options?: { payload?: object; csrf?: boolean; headers?: Record<string, string> }): Promise<LightMyRequestResponse>;
}

export const PASSWORD = 'mùa thu Hà Nội 2026';

/**
 * `workers: true` runs the inbox and outbox workers, for tests where residents chat through the
 * webhook; `env` adds configuration (REDIS_URL, COMMUNE_CODE…).
 */
export async function startConsoleServer(options: { workers?: boolean; env?: Record<string, string>; catalogDirectory?: string } = {}): Promise<ConsoleServer> {
  let now = Date.parse('2026-03-02T02:00:00.000Z');
  const logs: string[] = [];
  const logStream = new Writable({ write: (chunk, _encoding, done) => (logs.push(String(chunk)), done()) });
  const server = await startTestServer({ LOG_LEVEL: 'debug', ...options.env }, { clock: () => new Date(now), workers: options.workers ?? false, logStream, catalogDirectory: options.catalogDirectory });
  const { app } = server;
  const signIn = (username: string, password = PASSWORD) =>
    app.inject({ method: 'POST', url: '/api/console/sign-in', payload: { username, password } });
  return {
    ...server,
    logs,
    advance: (ms) => void (now += ms),
    async addUser(username, role, password = PASSWORD) {
      const input = { username, displayName: `Cán bộ ${username}`, role, communeCode: role === 'admin' ? null : '00001', password };
      const result = await createStaffAccount(app.services.db, input, { now: new Date(now).toISOString(), actorId: null });
      if (!result.ok) throw result.error;
      return result.id;
    },
    signIn,
    async session(username, password) {
      const response = await signIn(username, password);
      if (response.statusCode !== 200) throw new Error(`sign-in as ${username} answered ${response.statusCode}: ${response.body}`);
      const cookie = response.cookies.find((c) => c.name === 'dvc_console');
      if (!cookie) throw new Error('no session cookie');
      return { cookie: cookie.value, csrfToken: (response.json() as ConsoleSessionResponse).csrfToken };
    },
    call(session, method, url, { payload, csrf = true, headers: extra = {} } = {}) {
      const headers: Record<string, string> = { ...extra };
      if (session && csrf) headers['x-csrf-token'] = session.csrfToken;
      return app.inject({
        method: method as 'GET',
        url,
        headers,
        ...(session ? { cookies: { dvc_console: session.cookie } } : {}),
        ...(payload ? { payload } : {}),
      });
    },
  };
}
