import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startResidentApiServer, type ResidentApiServer } from './resident-api-harness';
import { GraphUnavailableError, type GraphClient } from '../../../bot-server/zalo/graph-client';

let server: ResidentApiServer;
beforeAll(async () => {
  server = await startResidentApiServer({ workers: false });
});
afterAll(() => server.close());

const rowCount = async (table: 'residents' | 'conversations' | 'app_events') => (await server.app.services.db.selectFrom(table).select('user_id').execute()).length;

describe('signing in to the resident API', () => {
  it('refuses a request without a token or with one Zalo does not know, and stores nothing', async () => {
    const before = { residents: await rowCount('residents'), conversations: await rowCount('conversations') };
    for (const user of [null, { token: 'made-up-token', appUserId: 'x' }]) {
      const response = await server.call(user, 'POST', '/api/me/drafts/temporary-residence/events', { event: { type: 'start' }, eventId: crypto.randomUUID(), baseUpdatedAt: null });
      expect(response.statusCode).toBe(401);
      expect(response.json()).toMatchObject({ error: { code: 'NOT_SIGNED_IN', message: expect.stringContaining('mở lại'), messageEn: expect.any(String) } });
      expect((await server.call(user, 'GET', '/api/me')).statusCode).toBe(401);
    }
    expect({ residents: await rowCount('residents'), conversations: await rowCount('conversations') }).toEqual(before);
  });

  it('knows the resident by the name Zalo gives, not linked to the chat until they write to the OA', async () => {
    const user = server.user({ name: 'Trần Văn Bình' });
    const response = await server.call(user, 'GET', '/api/me');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ resident: { name: 'Trần Văn Bình', linkedToChat: false }, openHandoff: false });
  });

  it('asks Zalo once per token for a while, and says "try again" when Zalo cannot be reached', async () => {
    const user = server.user();
    const real = server.app.services.graph;
    let calls = 0;
    const counting: GraphClient = { ...real, me: (token) => ((calls += 1), real.me(token)) };
    server.app.services.graph = counting;
    try {
      for (let i = 0; i < 3; i += 1) expect((await server.call(user, 'GET', '/api/me')).statusCode).toBe(200);
      expect(calls).toBe(1);
      server.app.services.graph = { ...real, me: () => Promise.reject(new GraphUnavailableError('down')) };
      const stranger = server.user();
      const response = await server.call(stranger, 'GET', '/api/me');
      expect(response.statusCode).toBe(503);
      expect(response.json()).toMatchObject({ error: { code: 'ZALO_UNAVAILABLE', message: expect.stringContaining('thử lại') } });
    } finally {
      server.app.services.graph = real;
    }
  });

  it('lets the deployed Mini App (and localhost in development) call the API across origins, no one else', async () => {
    const preflight = await server.app.inject({ method: 'OPTIONS', url: '/api/me/drafts', headers: { origin: 'https://h5.zdn.vn', 'access-control-request-method': 'GET' } });
    expect(preflight.statusCode).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe('https://h5.zdn.vn');
    expect(String(preflight.headers['access-control-allow-headers'])).toContain('x-zalo-access-token');
    const refused = await server.call(null, 'GET', '/api/me');
    expect(refused.statusCode).toBe(401);
    const local = await server.app.inject({ url: '/api/procedures?q=tam%20tru', headers: { origin: 'http://localhost:3000' } });
    expect(local.headers['access-control-allow-origin']).toBe('http://localhost:3000');
    const stranger = await server.app.inject({ method: 'OPTIONS', url: '/api/me', headers: { origin: 'https://evil.example' } });
    expect(stranger.headers['access-control-allow-origin']).toBeUndefined();
    expect(stranger.headers['access-control-allow-headers']).toBeUndefined();
  });

  it('never writes the token to the log', async () => {
    const lines: string[] = [];
    const { Writable } = await import('node:stream');
    const logged = await startResidentApiServer({ workers: false, env: { LOG_LEVEL: 'debug' }, logStream: new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) }) });
    try {
      const user = logged.user();
      await logged.call(user, 'GET', '/api/me');
      await logged.call({ ...user, token: 'wrong-token-value' }, 'GET', '/api/me');
      expect(lines.join('\n')).toContain('incoming request'); // requests were logged at all
      expect(lines.join('\n')).not.toContain(user.token);
      expect(lines.join('\n')).not.toContain('wrong-token-value');
    } finally {
      await logged.close();
    }
  });
});
