/**
 * Serves the built Mini App (`npm run build` → `www/`) at `/mini-app/`, so a browser on
 * http://localhost:3000/mini-app/ runs it against this server (zmp-sdk mocks itself only when the
 * hostname contains "localhost"). The app routes in memory and its asset URLs are relative, so
 * index.html gets a <base> pointing back at /mini-app/ for any path under it. The redirect from
 * /mini-app keeps the query (`?simUserToken=` in development).
 */
import { resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { serveBuiltApp } from './serve-built-app';

const PREFIX = '/mini-app';

const MISSING_BUILD_PAGE = `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Mini App chưa được build</title></head>
<body style="font-family: system-ui, sans-serif; padding: 1rem; line-height: 1.5">
<h1>Mini App chưa được build</h1>
<p>Chạy <code>npm run build</code> ở thư mục gốc của dự án, rồi khởi động lại máy chủ.</p>
<p lang="en">The Mini App has not been built: run <code>npm run build</code> in the repository root, then restart the server.</p>
</body></html>`;

export async function serveMiniApp(app: FastifyInstance, options: { root?: string } = {}): Promise<void> {
  await serveBuiltApp(app, {
    prefix: PREFIX,
    root: options.root ?? resolve(process.cwd(), 'www'),
    missingBuildPage: MISSING_BUILD_PAGE,
    transformIndex: (html) => html.replace('<head>', `<head>\n    <base href="${PREFIX}/">`),
  });
}
