/** bot-server serves the built Mini App under /mini-app/ (relative assets, in-memory routes), or says how to build it. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import { serveMiniApp } from '../../bot-server/app/serve-mini-app';

const root = mkdtempSync(join(tmpdir(), 'mini-app-www-'));
mkdirSync(join(root, 'assets'));
writeFileSync(join(root, 'index.html'), '<!doctype html><html><head><script type="module" src="./assets/index.abc.module.js"></script></head><body><div id="app"></div></body></html>');
writeFileSync(join(root, 'assets', 'index.abc.module.js'), 'console.log("app")');
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function server(wwwRoot: string) {
  const app = Fastify();
  await serveMiniApp(app, { root: wwwRoot });
  await app.ready();
  return app;
}

describe('serveMiniApp', () => {
  it('serves index.html at /mini-app/ and redirects /mini-app there, keeping the query', async () => {
    const app = await server(root);
    const page = await app.inject('/mini-app/');
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.body).toContain('./assets/index.abc.module.js');
    const bare = await app.inject('/mini-app?simUserToken=abc');
    expect(bare.statusCode).toBe(302);
    expect(bare.headers.location).toBe('/mini-app/?simUserToken=abc');
    await app.close();
  });

  it('caches hashed assets for good and answers unknown paths with the app', async () => {
    const app = await server(root);
    const asset = await app.inject('/mini-app/assets/index.abc.module.js');
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toContain('immutable');
    const deep = await app.inject('/mini-app/procedures/birth-registration');
    expect(deep.statusCode).toBe(200);
    expect(deep.body).toContain('<base href="/mini-app/">');
    expect((await app.inject('/mini-app/assets/missing.js')).statusCode).toBe(404);
    await app.close();
  });

  it('says to run `npm run build` when there is no build', async () => {
    const app = await server(join(root, 'nothing-here'));
    const page = await app.inject('/mini-app/');
    expect(page.body).toContain('npm run build');
    await app.close();
  });
});
