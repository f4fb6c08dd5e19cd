/**
 * Sessions end. A Mini App token Zalo stops accepting (signed out, revoked, expired) is refused
 * within the 5 minutes the server trusts a checked token, and nothing of the resident's can be
 * read with it after that. (Console sessions end after 8 hours, on sign-out and when the account
 * is disabled: tests/bot-server/console/sign-in.test.ts.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startResidentApiServer, type ResidentApiServer } from '../resident-api/resident-api-harness';

let server: ResidentApiServer;
let now = Date.parse('2026-03-02T02:00:00.000Z');
beforeAll(async () => {
  server = await startResidentApiServer({ workers: false, clock: () => new Date(now) });
});
afterAll(() => server.close());

describe('a Mini App token Zalo no longer accepts', () => {
  it('is refused within 5 minutes, on every resident route', async () => {
    const user = server.user();
    const other = server.user();
    expect((await server.call(user, 'GET', '/api/me')).statusCode).toBe(200);
    expect((await server.call(other, 'GET', '/api/me')).statusCode).toBe(200);

    // Zalo now refuses this one token (the resident signed out of Zalo, or it expired).
    const real = server.app.services.graph;
    server.app.services.graph = { ...real, me: (token) => (token === user.token ? Promise.resolve({ ok: false, code: -501 }) : real.me(token)) };
    try {
      now += 5 * 60_000 + 1_000;
      for (const [method, url] of [['GET', '/api/me'], ['GET', '/api/me/drafts'], ['GET', '/api/me/filings'], ['GET', '/api/me/consents'], ['GET', '/api/me/appointments'], ['DELETE', '/api/me']] as const) {
        const response = await server.call(user, method, url);
        expect(response.statusCode, `${method} ${url}`).toBe(401);
        expect(response.json()).toMatchObject({ error: { code: 'NOT_SIGNED_IN', message: expect.stringContaining('mở lại') } });
      }
      // Everyone else's token still works.
      expect((await server.call(other, 'GET', '/api/me')).statusCode).toBe(200);
    } finally {
      server.app.services.graph = real;
    }
  });
});
