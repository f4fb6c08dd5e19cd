/**
 * Security headers (@fastify/helmet, bot-server/app/security-headers.ts) on every kind of answer,
 * and CORS (@fastify/cors) limited to the Mini App's origins, in simulator mode and as deployed.
 * The pages themselves still work under these headers, and the console keeps its own stricter
 * policy: tests/e2e/pages-under-csp.test.ts (it builds the console first).
 */
import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../../bot-server/app/build-app';
import { loadConfig } from '../../../bot-server/config/load-config';
import { startTestServer, type TestServer } from '../../support/test-server';

/** The server as deployed: Zalo credentials set (its hosts unreachable here; nothing is called). */
async function deployedApp(): Promise<FastifyInstance> {
  const unreachable = 'http://127.0.0.1:9';
  const loaded = loadConfig({
    DATABASE_URL: join(mkdtempSync(join(tmpdir(), 'dvc-headers-')), 'dvc.sqlite'),
    LOG_LEVEL: 'warn',
    ZALO_APP_ID: 'app-1',
    ZALO_APP_SECRET: 'app-secret',
    ZALO_OA_ID: 'oa-1',
    ZALO_OA_SECRET_KEY: 'oa-secret',
    ZALO_OPENAPI_URL: unreachable,
    ZALO_OAUTH_URL: unreachable,
    ZALO_GRAPH_URL: unreachable,
  });
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  return buildApp(loaded.config, { workers: false });
}

const directive = (policy: string, name: string) => policy.split(';').map((part) => part.trim()).find((part) => part === name || part.startsWith(`${name} `));

let server: TestServer;
let deployed: FastifyInstance;
beforeAll(async () => {
  server = await startTestServer({}, { workers: false });
  deployed = await deployedApp();
}, 30_000);
afterAll(async () => {
  await server.close();
  await deployed.close();
});

describe('security headers', () => {
  it('come with every kind of answer: JSON, a refusal, an unknown path, the Mini App, Swagger UI', async () => {
    for (const url of ['/healthz', '/api/procedures?q=tam%20tru', '/api/me', '/no/such/page', '/mini-app/', '/docs', '/docs/json']) {
      const { headers, statusCode } = await server.app.inject({ url });
      const shown = `${url} (${statusCode})`;
      expect(headers['x-content-type-options'], shown).toBe('nosniff');
      expect(headers['x-frame-options'], shown).toBe('DENY');
      expect(headers['referrer-policy'], shown).toBe('no-referrer');
      expect(headers['strict-transport-security'], shown).toMatch(/max-age=\d+/);
      expect(headers['cross-origin-opener-policy'], shown).toBe('same-origin');
      const policy = String(headers['content-security-policy']);
      expect(directive(policy, 'script-src'), shown).toBe("script-src 'self'");
      expect(directive(policy, 'script-src-attr'), shown).toBe("script-src-attr 'none'");
      expect(directive(policy, 'object-src'), shown).toBe("object-src 'none'");
      expect(directive(policy, 'frame-ancestors'), shown).toBe("frame-ancestors 'none'");
      expect(policy, shown).not.toContain('unsafe-eval');
    }
  });

  it('allow on the simulator page exactly its own inline script, by hash', async () => {
    const page = await server.app.inject({ url: '/simulator' });
    const scripts = [...page.body.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => `'sha256-${createHash('sha256').update(match[1] ?? '').digest('base64')}'`);
    expect(scripts).toHaveLength(1);
    expect(directive(String(page.headers['content-security-policy']), 'script-src')).toBe(`script-src 'self' ${scripts.join(' ')}`);
    // Only there: the simulator's API answers under the general policy.
    expect(directive(String((await server.app.inject({ url: '/simulator/api/messages?userId=1&after=0' })).headers['content-security-policy']), 'script-src')).toBe("script-src 'self'");
  });

  it('tell browsers to use HTTPS only as deployed, not in simulator mode on plain HTTP', async () => {
    expect(String((await deployed.inject({ url: '/healthz' })).headers['content-security-policy'])).toContain('upgrade-insecure-requests');
    expect(String((await server.app.inject({ url: '/healthz' })).headers['content-security-policy'])).not.toContain('upgrade-insecure-requests');
  });
});

describe('CORS', () => {
  const preflight = (app: FastifyInstance, origin: string, url = '/api/me/drafts') =>
    app.inject({ method: 'OPTIONS', url, headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, x-zalo-access-token' } });

  it("lets the deployed Mini App's origin call the API with its token header, never with cookies", async () => {
    for (const app of [server.app, deployed]) {
      const answer = await preflight(app, 'https://h5.zdn.vn');
      expect(answer.statusCode).toBe(204);
      expect(answer.headers['access-control-allow-origin']).toBe('https://h5.zdn.vn');
      expect(String(answer.headers['access-control-allow-headers']).split(/,\s*/)).toEqual(['content-type', 'x-zalo-access-token']);
      expect(String(answer.headers['access-control-allow-methods']).split(/,\s*/)).toEqual(['GET', 'POST', 'DELETE']);
      expect(answer.headers['access-control-allow-credentials']).toBeUndefined();
      const call = await app.inject({ url: '/api/procedures?q=tam%20tru', headers: { origin: 'https://h5.zdn.vn' } });
      expect(call.headers['access-control-allow-origin']).toBe('https://h5.zdn.vn');
      expect(String(call.headers.vary)).toMatch(/origin/i);
    }
  });

  it('gives any other origin nothing to go on, and localhost only in simulator mode', async () => {
    for (const origin of ['https://evil.example', 'https://h5.zdn.vn.evil.example', 'http://h5.zdn.vn', 'null', 'https://zalo.me']) {
      for (const app of [server.app, deployed]) {
        const answer = await preflight(app, origin);
        expect(answer.headers['access-control-allow-origin'], origin).toBeUndefined();
        expect(answer.headers['access-control-allow-headers'], origin).toBeUndefined();
        expect((await app.inject({ url: '/api/procedures?q=x', headers: { origin } })).headers['access-control-allow-origin'], origin).toBeUndefined();
      }
    }
    expect((await preflight(server.app, 'http://localhost:5173')).headers['access-control-allow-origin']).toBe('http://localhost:5173');
    expect((await preflight(deployed, 'http://localhost:5173')).headers['access-control-allow-origin']).toBeUndefined();
  });

  it('is not offered outside the API', async () => {
    const answer = await server.app.inject({ url: '/mini-app/', headers: { origin: 'https://h5.zdn.vn' } });
    expect(answer.headers['access-control-allow-origin']).toBeUndefined();
  });
});
