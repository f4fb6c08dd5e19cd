/**
 * Serves the built Mini App (`npm run build` → `www/`) at `/mini-app/`, so a browser on
 * http://localhost:3000/mini-app/ runs it against this server (zmp-sdk mocks itself only when the
 * hostname contains "localhost"). Assets have hashed names and are cached for a year; index.html
 * is revalidated on every load. The app routes in memory, so any other path under /mini-app/
 * gets index.html with a <base> pointing back at /mini-app/ (its asset URLs are relative).
 * Without a build, /mini-app/ says how to make one. None of it appears in the OpenAPI document.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fastifyStatic from '@fastify/static';
import compress from '@fastify/compress';

const PREFIX = '/mini-app';
const HIDDEN = { schema: { hide: true } };

const MISSING_BUILD_PAGE = `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Mini App chưa được build</title></head>
<body style="font-family: system-ui, sans-serif; padding: 1rem; line-height: 1.5">
<h1>Mini App chưa được build</h1>
<p>Chạy <code>npm run build</code> ở thư mục gốc của dự án, rồi khởi động lại máy chủ.</p>
<p lang="en">The Mini App has not been built: run <code>npm run build</code> in the repository root, then restart the server.</p>
</body></html>`;

function queryOf(request: FastifyRequest): string {
  const at = request.url.indexOf('?');
  return at === -1 ? '' : request.url.slice(at);
}

export async function serveMiniApp(app: FastifyInstance, options: { root?: string } = {}): Promise<void> {
  const root = options.root ?? resolve(process.cwd(), 'www');
  const indexPath = join(root, 'index.html');

  // Relative asset URLs need the trailing slash; keep the query (`?simUserToken=` in development).
  app.get(PREFIX, HIDDEN, (request, reply) => reply.redirect(`${PREFIX}/${queryOf(request)}`));

  if (!existsSync(indexPath)) {
    app.get(`${PREFIX}/*`, HIDDEN, (_request, reply) => reply.code(503).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(MISSING_BUILD_PAGE));
    return;
  }

  const withBase = readFileSync(indexPath, 'utf8').replace('<head>', `<head>\n    <base href="${PREFIX}/">`);
  const sendIndex = (reply: FastifyReply) => reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(withBase);

  await app.register(
    async (scope) => {
      // Cheap phones on slow links: the app's JavaScript is a third of its size gzipped.
      await scope.register(compress, { global: true, threshold: 1024, encodings: ['br', 'gzip'] });
      await scope.register(fastifyStatic, {
        root,
        prefix: '/',
        decorateReply: false,
        cacheControl: false,
        setHeaders: (reply, path) => {
          reply.header('cache-control', path.startsWith(join(root, 'assets')) ? 'public, max-age=31536000, immutable' : 'no-cache');
        },
      });
      scope.setNotFoundHandler((request, reply) => {
        const wantsPage = request.method === 'GET' && !/\.[a-z0-9]+$/i.test(request.url.split('?')[0] ?? '');
        if (wantsPage) return sendIndex(reply);
        return reply.code(404).send({ error: { code: 'NOT_FOUND', message: 'Không tìm thấy tệp này.', messageEn: `No file ${request.url}` } });
      });
    },
    { prefix: PREFIX },
  );
}
