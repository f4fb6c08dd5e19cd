/**
 * A turn that outlives its lease: another worker (or instance) takes the event over, so the slow
 * turn must leave nothing behind — no reply queued, no state saved — and the resident gets exactly
 * the one answer of the turn that kept the lease.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../support/test-server';
import { claimNextInboxEvent, releaseExpiredInboxLeases } from '../../../bot-server/storage/inbox-store';
import { processInboxEvent } from '../../../bot-server/channel/process-inbox-event';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({}, { workers: false });
});
afterAll(() => server.close());

describe('a turn whose lease was taken over', () => {
  it('is rolled back, and only the worker holding the lease answers', async () => {
    const { db } = server.app.services;
    const resident = '8409000000000000901';
    expect(await server.say(resident, 'xin chào')).toBe(200);

    const now = Date.now();
    const slow = await claimNextInboxEvent(db, { now: new Date(now).toISOString(), leaseUntil: new Date(now + 1).toISOString() });
    if (!slow) throw new Error('nothing to claim');
    await releaseExpiredInboxLeases(db, { now: new Date(now + 2).toISOString() });
    const takenOver = await claimNextInboxEvent(db, { now: new Date(now + 2).toISOString(), leaseUntil: new Date(now + 60_000).toISOString() });
    if (!takenOver) throw new Error('the event was not taken over');

    await expect(processInboxEvent(server.app.services, slow)).rejects.toMatchObject({ code: 'LEASE_LOST' });
    expect(await db.selectFrom('outbox').select('id').where('user_id', '=', resident).execute()).toEqual([]);
    expect(await db.selectFrom('conversations').select('user_id').where('user_id', '=', resident).execute()).toEqual([]);

    const turn = await processInboxEvent(server.app.services, takenOver);
    expect(turn.replies).toBeGreaterThan(0);
    expect(await db.selectFrom('outbox').select('id').where('user_id', '=', resident).execute()).toHaveLength(turn.replies);
    expect(await db.selectFrom('inbox').select('status').where('user_id', '=', resident).executeTakeFirst()).toEqual({ status: 'done' });
  });
});
