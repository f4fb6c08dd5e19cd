/**
 * Fuzzing POST /webhooks/zalo on SQLite and PostgreSQL, with the inbox and outbox workers running:
 * - unsigned or wrongly signed bodies of any kind are refused (never a 5xx) and leave no inbox row;
 * - correctly signed bodies — Zalo's event shapes with hostile values anywhere, any JSON, text
 *   that is not JSON — are answered below 500, add at most one inbox row, and every stored event
 *   is then worked off: the ones Zalo's shape allows are answered ('done'), the rest kept aside
 *   ('failed', unparsed), none stuck; and the bot still answers a resident afterwards.
 * Signature details and replays: webhook-signatures.test.ts.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../storage/database-targets';
import { startResidentApiServer, type ResidentApiServer } from '../resident-api/resident-api-harness';
import { hostileJson, hostileString, malformedJsonText } from './hostile-values';
import { hostileEvent, signRaw } from './webhook-bodies';

const NUM_RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const RESIDENTS = ['8400000000000000301', '8400000000000000302', '8400000000000000303'];

describe.each(dialects)('fuzzing the Zalo webhook on %s', (dialect) => {
  let server: ResidentApiServer;
  beforeAll(async () => {
    server = await startResidentApiServer({ dialect });
  }, 30_000);
  afterAll(() => server?.close());

  const inboxIds = async () => (await server.app.services.db.selectFrom('inbox').select('id').execute()).map((row) => row.id).sort((a, b) => a - b);
  const post = (payload: string, headers: Record<string, string>) => server.app.inject({ method: 'POST', url: '/webhooks/zalo', headers: { 'content-type': 'application/json', ...headers }, payload });
  const userIds = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...RESIDENTS) }, hostileString);
  /** Any body at all: mostly Zalo's shapes with hostile values, sometimes any JSON or no JSON. */
  const anyBody = () =>
    fc.oneof(
      { weight: 4, arbitrary: hostileEvent(server.config, userIds).map((body) => JSON.stringify(body) ?? 'null') },
      hostileJson.map((body) => JSON.stringify(body) ?? 'null'),
      malformedJsonText,
    );

  it('refuses a body without a valid signature, below 500, and stores nothing', async () => {
    const badSignature = fc.oneof(
      fc.constant(undefined),
      hostileString,
      fc.constantFrom('mac=', 'mac=00', `mac=${'0'.repeat(64)}`, `MAC=${'a'.repeat(64)}`, `mac=${'g'.repeat(64)}`, `mac=${'a'.repeat(63)}`, `sha256=${'a'.repeat(64)}`),
      // A real signature over other bytes.
      anyBody().map((other) => signRaw(server.config, `${other} `)),
    );
    await fc.assert(
      fc.asyncProperty(anyBody(), badSignature, async (payload, signature) => {
        const before = await inboxIds();
        const response = await post(payload, signature === undefined ? {} : { 'x-zevent-signature': signature.replaceAll(/[\r\n]/g, '') });
        expect(response.statusCode, `${response.statusCode} ${response.body.slice(0, 200)}`).toBeLessThan(500);
        expect([400, 401, 413, 415]).toContain(response.statusCode);
        expect(await inboxIds()).toEqual(before);
      }),
      { numRuns: NUM_RUNS },
    );
  }, 60_000);

  it('answers any signed body below 500, keeps at most one row of it, and works every stored event off', async () => {
    await fc.assert(
      fc.asyncProperty(anyBody(), async (payload) => {
        const before = await inboxIds();
        const response = await post(payload, { 'x-zevent-signature': signRaw(server.config, payload) });
        expect(response.statusCode, `${response.statusCode} ${response.body.slice(0, 200)}`).toBeLessThan(500);
        expect((await inboxIds()).length - before.length).toBeLessThanOrEqual(response.statusCode === 200 ? 1 : 0);
      }),
      { numRuns: NUM_RUNS },
    );
    const { db } = server.app.services;
    await expect.poll(async () => (await db.selectFrom('inbox').select('id').where('status', 'in', ['pending', 'processing']).execute()).length, { timeout: 60_000, interval: 200 }).toBe(0);
    const rows = await db.selectFrom('inbox').select(['event_key', 'status', 'error', 'payload']).execute();
    expect(rows.length).toBeGreaterThan(0);
    // A stored event the parser accepted is always answered: a worker never trips over what a resident typed.
    const stuck = rows.filter((row) => !row.event_key.startsWith('unparsed:') && row.status !== 'done');
    expect(stuck.map((row) => `${row.status} ${row.error ?? ''}: ${server.app.services.cipher.open(row.payload).slice(0, 400)}`)).toEqual([]);
    expect(rows.filter((row) => row.event_key.startsWith('unparsed:')).every((row) => row.status === 'failed')).toBe(true);
    // Still at work for everyone.
    const fresh = '8400000000000000399';
    expect(await server.say(fresh, 'xin chào')).toBe(200);
    expect((await server.waitForReplies(fresh, 1, 20_000)).join('\n')).toContain('Xin chào');
  }, 120_000);
});
