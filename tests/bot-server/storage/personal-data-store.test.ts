import { describe, expect, it } from 'vitest';
import type { Db } from '../../../bot-server/storage/database-types';
import { listConsents, recordConsent } from '../../../bot-server/storage/consent-store';
import { loadConversationState, saveConversationState } from '../../../bot-server/storage/conversation-store';
import { filingEvents, findFilingByReference, insertFiling } from '../../../bot-server/storage/filing-store';
import { enqueueOutbox, markOutboxSent } from '../../../bot-server/storage/outbox-store';
import { insertInboxEvent } from '../../../bot-server/storage/inbox-store';
import { deleteResidentPersonalData } from '../../../bot-server/storage/personal-data-store';
import { findResident, touchResident } from '../../../bot-server/storage/resident-store';
import { at, dialects, useTestDatabase } from './database-targets';
import { filing } from './storage-fixtures';

/** A resident with a bit of everything: a processed and a waiting message, replies, consents, a filing. */
async function seed(db: Db, userId: string): Promise<void> {
  await touchResident(db, { userId, appUserId: `app-${userId}`, now: at(0) });
  await saveConversationState(db, userId, 'sealed-state', at(0));
  await insertInboxEvent(db, { eventKey: `${userId}-1`, userId, eventName: 'user_send_text', payload: '{"text":"CCCD 001…"}', receivedAt: at(0) });
  await insertInboxEvent(db, { eventKey: `${userId}-2`, userId, eventName: 'user_send_text', payload: '{"text":"later"}', receivedAt: at(1) });
  const processed = await db.selectFrom('inbox').select('id').where('event_key', '=', `${userId}-1`).executeTakeFirstOrThrow();
  await db.updateTable('inbox').set({ status: 'done', processed_at: at(3) }).where('id', '=', processed.id).execute();
  const sent = await enqueueOutbox(db, { userId, inboxId: processed.id, sequence: 0, body: '{"text":"Your ID 001…"}', createdAt: at(3) });
  await enqueueOutbox(db, { userId, inboxId: processed.id, sequence: 1, body: '{"text":"not sent yet"}', createdAt: at(3) });
  await markOutboxSent(db, sent, { now: at(5), zaloMessageId: 'zm' });
  const consent = { userId, policyVersion: 'v1', purposes: ['filing'], dataCategories: ['citizenId'], channel: 'chat' as const, procedureId: null };
  await recordConsent(db, { ...consent, givenAt: at(0) });
  await recordConsent(db, { ...consent, givenAt: at(1) });
  await db.updateTable('consents').set({ withdrawn_at: at(2) }).where('given_at', '=', at(1)).where('user_id', '=', userId).execute();
  await insertFiling(db, filing(`HS-${userId}`, userId));
}

describe.each(dialects)('personal data store (%s)', (dialect) => {
  const target = useTestDatabase(dialect);

  it("removes the resident's personal data but keeps their submitted filings", async () => {
    await seed(target.db, 'A');
    await seed(target.db, 'B');

    expect(await deleteResidentPersonalData(target.db, 'A', at(100))).toEqual({
      conversations: 1, appLinks: 1, inboxWaiting: 1, inboxScrubbed: 1, outboxScrubbed: 1, consentsWithdrawn: 1, filingsKept: 1,
    });

    expect(await loadConversationState(target.db, 'A')).toBeUndefined();
    expect(await findResident(target.db, 'A')).toMatchObject({ app_user_id: null, created_at: at(0) });
    expect(await target.db.selectFrom('inbox').select(['event_key', 'payload', 'status']).where('user_id', '=', 'A').execute()).toEqual([
      { event_key: 'A-1', payload: '{}', status: 'done' },
      // Sent after the request: kept, so it is still answered.
      { event_key: 'A-2', payload: '{"text":"later"}', status: 'pending' },
    ]);
    const outbox = await target.db.selectFrom('outbox').select(['body', 'status']).where('user_id', '=', 'A').orderBy('id').execute();
    expect(outbox).toEqual([{ body: '{}', status: 'sent' }, { body: '{"text":"not sent yet"}', status: 'pending' }]);
    expect((await listConsents(target.db, 'A')).map((row) => row.withdrawn_at)).toEqual([at(100), at(2)]);
    expect(await findFilingByReference(target.db, 'HS-A')).toMatchObject({ answers: 'sealed:answers', user_id: 'A' });
    expect(await filingEvents(target.db, 'HS-A')).toHaveLength(1);
  });

  it("leaves other residents' data alone", async () => {
    await seed(target.db, 'A');
    await seed(target.db, 'B');
    await deleteResidentPersonalData(target.db, 'A', at(100));

    expect(await loadConversationState(target.db, 'B')).toBe('sealed-state');
    expect((await findResident(target.db, 'B'))?.app_user_id).toBe('app-B');
    expect(await target.db.selectFrom('inbox').select('payload').where('user_id', '=', 'B').orderBy('id').execute()).toEqual([
      { payload: '{"text":"CCCD 001…"}' }, { payload: '{"text":"later"}' },
    ]);
    expect((await listConsents(target.db, 'B')).map((row) => row.withdrawn_at)).toEqual([null, at(2)]);
  });

  it('finds nothing more to remove the second time', async () => {
    await seed(target.db, 'A');
    await deleteResidentPersonalData(target.db, 'A', at(100));
    expect(await deleteResidentPersonalData(target.db, 'A', at(200))).toEqual({
      conversations: 0, appLinks: 0, inboxWaiting: 1, inboxScrubbed: 0, outboxScrubbed: 0, consentsWithdrawn: 0, filingsKept: 1,
    });
  });
});
