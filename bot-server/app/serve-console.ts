/**
 * Serves the officials' console (`npm run build:console` → bot-server/console/dist/) at
 * `/console/`. Its asset URLs are absolute, so deep links (/console/handoffs/12) work as they are.
 * The console shows residents' messages, so its pages carry a strict Content-Security-Policy: only
 * this server's own scripts, styles and connections, and no framing, as a second lock behind
 * rendering residents' text as text.
 */
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { serveBuiltApp } from './serve-built-app';

const MISSING_BUILD_PAGE = `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Bàn làm việc cán bộ chưa được build</title></head>
<body style="font-family: system-ui, sans-serif; padding: 1rem; line-height: 1.5">
<h1>Bàn làm việc cán bộ chưa được build</h1>
<p>Chạy <code>npm run build:console</code> (hoặc <code>npm run build</code>) ở thư mục gốc của dự án, rồi khởi động lại máy chủ.</p>
<p lang="en">The officials' console has not been built: run <code>npm run build:console</code> (or <code>npm run build</code>) in the repository root, then restart the server.</p>
</body></html>`;

const SECURITY_HEADERS = {
  'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
};

export async function serveConsole(app: FastifyInstance, options: { root?: string } = {}): Promise<void> {
  await serveBuiltApp(app, {
    prefix: '/console',
    root: options.root ?? fileURLToPath(new URL('../console/dist', import.meta.url)),
    missingBuildPage: MISSING_BUILD_PAGE,
    headers: SECURITY_HEADERS,
  });
}
