/**
 * Serves a Vite build under a path prefix: assets (hashed names) cached for a year, index.html
 * revalidated on every load, and any other page path under the prefix answered with index.html,
 * because the app routes in the browser. Without a build, every path under the prefix answers 503
 * with a page saying how to make one. Compressed; none of it appears in the OpenAPI document.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fastifyStatic from '@fastify/static';
import compress from '@fastify/compress';

const HIDDEN = { schema: { hide: true } };

export interface BuiltApp {
  /** `/console`: the app answers there and under it. */
  prefix: string;
  /** The build's folder (holds index.html and assets/). */
  root: string;
  /** The 503 page shown when there is no build. */
  missingBuildPage: string;
  /** Extra response headers on everything the app serves (a Content-Security-Policy). */
  headers?: Record<string, string>;
  /** Changes index.html once at start (the Mini App adds a <base>). */
  transformIndex?: (html: string) => string;
}

function queryOf(request: FastifyRequest): string {
  const at = request.url.indexOf('?');
  return at === -1 ? '' : request.url.slice(at);
}

/** A path whose last segment has an extension asks for a file, not a page. */
const asksForFile = (url: string): boolean => /\.[a-z0-9]+$/i.test(url.split('?')[0] ?? '');

export async function serveBuiltApp(app: FastifyInstance, built: BuiltApp): Promise<void> {
  const { prefix, root } = built;
  const indexPath = join(root, 'index.html');
  app.get(prefix, HIDDEN, (request, reply) => reply.redirect(`${prefix}/${queryOf(request)}`));

  if (!existsSync(indexPath)) {
    app.get(`${prefix}/*`, HIDDEN, (_request, reply) => reply.code(503).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(built.missingBuildPage));
    return;
  }

  const html = readFileSync(indexPath, 'utf8');
  const index = built.transformIndex ? built.transformIndex(html) : html;
  const sendIndex = (reply: FastifyReply) => reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(index);

  await app.register(
    async (scope) => {
      if (built.headers) {
        const headers = built.headers;
        scope.addHook('onSend', async (_request, reply) => void reply.headers(headers));
      }
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
        if (request.method === 'GET' && !asksForFile(request.url)) return sendIndex(reply);
        return reply.code(404).send({ error: { code: 'NOT_FOUND', message: 'Không tìm thấy tệp này.', messageEn: `No file ${request.url}` } });
      });
    },
    { prefix },
  );
}
