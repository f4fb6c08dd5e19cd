/**
 * Every route the server lists in its OpenAPI document (/docs/json), and fast-check requests for
 * one: path parameters filled with real or hostile values, known and unknown query parameters,
 * and a body that is nearly valid, of the wrong type, or not JSON at all. A route added later is
 * fuzzed without touching these tests.
 */
import fc from 'fast-check';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { encodeSegment, hostileJson, hostileSegment, hostileString, malformedJsonText } from './hostile-values';
import { nearlyValid, type JsonSchema, type KnownValues } from './schema-values';

export interface FuzzRoute {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** As in the document: /api/me/filings/{reference}. */
  path: string;
  query: { name: string; schema: JsonSchema }[];
  body?: JsonSchema;
}

interface Operation {
  parameters?: { in: string; name: string; schema?: JsonSchema }[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
}

export async function documentedRoutes(app: FastifyInstance): Promise<FuzzRoute[]> {
  const document = (await app.inject({ url: '/docs/json' })).json() as { paths: Record<string, Record<string, Operation>> };
  return Object.entries(document.paths).flatMap(([path, operations]) =>
    Object.entries(operations).map(([method, operation]) => ({
      method: method.toUpperCase() as FuzzRoute['method'],
      path,
      query: (operation.parameters ?? []).filter((p) => p.in === 'query').map((p) => ({ name: p.name, schema: p.schema ?? {} })),
      body: operation.requestBody?.content?.['application/json']?.schema,
    })),
  );
}

export const routeName = (route: Pick<FuzzRoute, 'method' | 'path'>): string => `${route.method} ${route.path}`;

export interface FuzzRequest {
  method: FuzzRoute['method'];
  url: string;
  headers: Record<string, string>;
  payload?: string;
}

const CONTENT_TYPES = ['application/json', 'application/json; charset=utf-8', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/json; charset=utf-16', 'application/xml'];

function pathFor(route: FuzzRoute, known: KnownValues): fc.Arbitrary<string> {
  const parts = route.path.split('/').map((part) => {
    const name = /^\{(.+)\}$/.exec(part)?.[1];
    if (!name) return fc.constant(part);
    const real = known(name);
    return real ? fc.oneof({ weight: 2, arbitrary: real.map((value) => encodeSegment(String(value))) }, hostileSegment) : hostileSegment;
  });
  return fc.tuple(...parts).map((segments) => segments.join('/'));
}

function queryFor(route: FuzzRoute, known: KnownValues): fc.Arbitrary<string> {
  const declared = route.query.map(({ name, schema }) =>
    fc.option(
      fc.oneof(nearlyValid(schema, known, name), hostileString).map((value) => {
        const values = Array.isArray(value) ? value : [value];
        return values.map((item) => `${encodeSegment(name)}=${encodeSegment(typeof item === 'string' ? item : JSON.stringify(item) ?? '')}`);
      }),
      { freq: 3 },
    ),
  );
  const stranger = fc.array(fc.tuple(hostileString, hostileString), { maxLength: 2 }).map((pairs) => pairs.map(([key, value]) => `${encodeSegment(key.slice(0, 50))}=${encodeSegment(value.slice(0, 500))}`));
  return fc.tuple(fc.tuple(...declared), stranger).map(([chosen, extra]) => {
    const pairs = [...chosen.flatMap((pair) => pair ?? []), ...extra];
    return pairs.length > 0 ? `?${pairs.join('&')}` : '';
  });
}

function bodyFor(route: FuzzRoute, known: KnownValues): fc.Arbitrary<{ payload?: string; contentType?: string }> {
  const json = (value: unknown) => ({ payload: JSON.stringify(value) ?? 'null', contentType: 'application/json' });
  const odd = fc.tuple(fc.oneof(malformedJsonText, hostileJson.map((v) => JSON.stringify(v) ?? '')), fc.option(fc.constantFrom(...CONTENT_TYPES), { freq: 4 })).map(([payload, contentType]) => ({ payload, contentType: contentType ?? undefined }));
  if (route.body) return fc.oneof({ weight: 6, arbitrary: nearlyValid(route.body, known).map(json) }, { weight: 2, arbitrary: odd }, fc.constant({}));
  return fc.oneof({ weight: 4, arbitrary: fc.constant({}) }, odd);
}

/** Requests for `route`, each with `headers` (the signed-in caller's) but one in ten without them. */
export function requestsFor(route: FuzzRoute, known: KnownValues, headers: Record<string, string> = {}): fc.Arbitrary<FuzzRequest> {
  return fc.record({ path: pathFor(route, known), query: queryFor(route, known), body: bodyFor(route, known), keepHeaders: fc.nat(9).map((n) => n > 0) }).map(({ path, query, body, keepHeaders }) => ({
    method: route.method,
    url: `${path}${query}`,
    headers: { ...(keepHeaders ? headers : {}), ...(body.contentType ? { 'content-type': body.contentType } : {}) },
    ...(body.payload !== undefined ? { payload: body.payload } : {}),
  }));
}

let address = 0;

/**
 * Sends it as a new client address each time (the API's per-address rate limit would otherwise
 * turn the whole run into 429s) and checks what every answer must be: not a 5xx, and a refusal
 * in the API's error shape.
 */
export async function sendAndCheck(app: FastifyInstance, request: FuzzRequest): Promise<LightMyRequestResponse> {
  address = (address + 1) % 60_000;
  const response = await app.inject({ ...request, remoteAddress: `10.${(address >> 8) & 255}.${address & 255}.7` });
  const shown = `${request.method} ${request.url.slice(0, 300)} → ${response.statusCode} ${response.body.slice(0, 300)}`;
  expect(response.statusCode, shown).toBeLessThan(500);
  if (response.statusCode >= 400) {
    const body = response.json() as { code?: unknown };
    // @fastify/sse answers a live-feed request that does not accept an event stream in its own shape.
    const outside = response.statusCode === 406 && request.url.startsWith('/api/console/events');
    if (!outside) expect(body, shown).toMatchObject({ error: { code: expect.any(String), message: expect.any(String) } });
  }
  return response;
}

/**
 * Checks `property` for each route (`runs(route)` times) and collects the failures instead of
 * stopping at the first route, so one bug does not hide the others. Each names the route, the
 * seed and path fast-check replays it with (`FUZZ_SEED=<seed>` runs every route from that seed),
 * the error and the request. `afterRoute` puts things right between routes (a session ended).
 */
export async function checkEveryRoute(
  routes: FuzzRoute[],
  property: (route: FuzzRoute) => fc.IAsyncProperty<[FuzzRequest]>,
  runs: (route: FuzzRoute) => number,
  afterRoute: () => Promise<void> = async () => undefined,
): Promise<string[]> {
  const failures: string[] = [];
  const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
  for (const route of routes) {
    const details = await fc.check(property(route), { numRuns: runs(route), ...(seed === undefined ? {} : { seed }) });
    await afterRoute();
    if (!details.failed) continue;
    const error = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
    failures.push(`${routeName(route)} (seed ${details.seed}, path "${details.counterexamplePath ?? ''}"): ${error.slice(0, 700)}\n  request: ${JSON.stringify(details.counterexample?.[0]).slice(0, 500)}`);
  }
  return failures;
}
