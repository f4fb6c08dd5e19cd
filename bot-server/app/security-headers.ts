/**
 * Security headers on everything the server answers (@fastify/helmet): no framing, no MIME
 * sniffing, no referrer, HSTS, and a Content-Security-Policy that lets a page run only this
 * server's own scripts. What each page needs:
 * - the Mini App (/mini-app/, built by Vite): module scripts, a stylesheet and `fetch` to /api,
 *   all from here, a `<base>` pointing here, QR codes as data: images, and zmp-ui's icon font from
 *   Zalo's static host;
 * - Swagger UI (/docs): its own scripts and stylesheets, and styles React sets on elements;
 * - the simulator page (simulator mode only): one inline script, allowed by its hash and only
 *   on that page, and an inline stylesheet;
 * - the console (/console/) sends its own stricter policy (serve-console.ts), which replaces this one.
 * Plain HTTP in simulator mode: browsers are not told to upgrade requests to HTTPS there.
 */
import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import helmet from '@fastify/helmet';
import { SIMULATOR_PAGE } from '../simulator/simulator-page';

type Directives = Record<string, string[]>;

const SIMULATOR_PAGE_PATH = '/simulator';

function policy(options: { https: boolean; inlineScripts?: string[] }): Directives {
  return {
    'default-src': ["'self'"],
    'base-uri': ["'self'"],
    'connect-src': ["'self'"],
    // zmp-ui's icon font comes from Zalo's static host.
    'font-src': ["'self'", 'data:', 'https://h5.zadn.vn'],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
    'img-src': ["'self'", 'data:'],
    'object-src': ["'none'"],
    'script-src': ["'self'", ...(options.inlineScripts ?? [])],
    'script-src-attr': ["'none'"],
    // 'unsafe-inline': Swagger UI adds a <style> element and zmp-ui and React set style attributes; scripts stay locked.
    'style-src': ["'self'", "'unsafe-inline'"],
    ...(options.https ? { 'upgrade-insecure-requests': [] } : {}),
  };
}

/** 'sha256-…' sources for the inline scripts of a page. */
function inlineHashes(html: string): string[] {
  const blocks = html.matchAll(/<script>([\s\S]*?)<\/script>/g);
  return [...blocks].map((block) => `'sha256-${createHash('sha256').update(block[1] ?? '', 'utf8').digest('base64')}'`);
}

/** Call on the root instance before any route is added, so every route gets the headers. */
export async function securityHeaders(app: FastifyInstance, options: { https: boolean }): Promise<void> {
  const simulatorPolicy = policy({ https: options.https, inlineScripts: inlineHashes(SIMULATOR_PAGE) });
  // Runs before helmet's own onRoute hook, which turns `route.helmet` into that route's settings.
  app.addHook('onRoute', (route) => {
    if (route.url === SIMULATOR_PAGE_PATH && route.method === 'GET') route.helmet = { contentSecurityPolicy: { useDefaults: false, directives: simulatorPolicy } };
  });
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: policy({ https: options.https }) },
    frameguard: { action: 'deny' },
  });
}
