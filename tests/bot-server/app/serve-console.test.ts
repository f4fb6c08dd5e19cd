/**
 * bot-server serves the built officials' console under /console/: deep links get the app, hashed
 * assets are cached for good and compressed, pages carry a strict CSP; without a build it says how
 * to make one.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import { serveConsole } from '../../../bot-server/app/serve-console';

const dist = mkdtempSync(join(tmpdir(), 'console-dist-'));
mkdirSync(join(dist, 'assets'));
writeFileSync(join(dist, 'index.html'), '<!doctype html><html lang="vi"><head><script type="module" src="/console/assets/index-abc123.js"></script></head><body><div id="root"></div></body></html>');
writeFileSync(join(dist, 'assets', 'index-abc123.js'), `console.log(${JSON.stringify('bàn làm việc '.repeat(200))});`);
afterAll(() => rmSync(dist, { recursive: true, force: true }));

async function serverWith(root: string) {
  const app = Fastify();
  await serveConsole(app, { root });
  await app.ready();
  return app;
}

describe('serveConsole', () => {
  it('answers /console/ and any page path under it with index.html, revalidated on every load, under a strict CSP', async () => {
    const app = await serverWith(dist);
    for (const url of ['/console/', '/console/handoffs/12', '/console/sign-in?from=x']) {
      const page = await app.inject(url);
      expect(page.statusCode, url).toBe(200);
      expect(page.headers['content-type']).toMatch(/^text\/html/);
      expect(page.headers['cache-control']).toBe('no-cache');
      expect(page.headers['content-security-policy']).toContain("script-src 'self'");
      expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(page.body).toContain('/console/assets/index-abc123.js');
    }
    const bare = await app.inject('/console');
    expect(bare.statusCode).toBe(302);
    expect(bare.headers.location).toBe('/console/');
    await app.close();
  });

  it('caches hashed assets for a year, compresses them, and answers a missing file with 404', async () => {
    const app = await serverWith(dist);
    const asset = await app.inject({ url: '/console/assets/index-abc123.js', headers: { 'accept-encoding': 'gzip' } });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.headers['content-encoding']).toBe('gzip');
    const missing = await app.inject('/console/assets/index-gone.js');
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
    await app.close();
  });

  it('says in Vietnamese and English how to build it when there is no build', async () => {
    const app = await serverWith(join(dist, 'not-built'));
    const page = await app.inject('/console/handoffs');
    expect(page.statusCode).toBe(503);
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.body).toContain('Bàn làm việc cán bộ chưa được build');
    expect(page.body).toContain('npm run build:console');
    expect(page.body).toContain('has not been built');
    await app.close();
  });
});
