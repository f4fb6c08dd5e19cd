/**
 * Chat-log retention on SQLite and PostgreSQL: what residents wrote and what was sent to them
 * loses its text once past the cut-off, unless it is still being worked on; filings, consents and
 * the audit log are never touched; a second instance purging at the same time changes nothing.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../../bot-server/storage/database-types';
import { purgeChatLogs } from '../../../bot-server/storage/chat-log-retention';
import { insertInboxEvent } from '../../../bot-server/storage/inbox-store';
import { insertFiling } from '../../../bot-server/storage/filing-store';
import { recordAudit } from '../../../bot-server/storage/audit-log-store';
import { recordConsent } from '../../../bot-server/storage/consent-store';
import { openHandoff } from '../../../bot-server/storage/handoff-store';
import { insertHandoffNote } from '../../../bot-server/storage/handoff-inbox-store';
import { insertStaffUser } from '../../../bot-server/storage/staff-user-store';
import { at, dialects, useTestDatabase } from './database-targets';
import { filing } from './storage-fixtures';

const day = (n: number) => at(n * 86_400);
/** Retention cut-off of these tests: day 10 (say, 90 days before day 100). */
const cutoffs = { before: day(10), appEventsBefore: day(9) };
type Inbox = Database['inbox']['status'];
type Outbox = Database['outbox']['status'];

async function inbox(db: Kysely<Database>, key: string, status: Inbox, receivedAt: string): Promise<void> {
  await db.insertInto('inbox').values({ event_key: key, user_id: 'u1', event_name: 'user_send_text', payload: `v1:sealed ${key}`, status, attempts: 0, received_at: receivedAt }).execute();
}

async function outbox(db: Kysely<Database>, text: string, status: Outbox, createdAt: string): Promise<void> {
  await db.insertInto('outbox').values({ user_id: 'u1', inbox_id: null, sequence: 1, body: `v1:sealed ${text}`, status, attempts: 0, next_attempt_at: createdAt, created_at: createdAt }).execute();
}

const payloads = async (db: Kysely<Database>) => Object.fromEntries((await db.selectFrom('inbox').select(['event_key', 'payload']).execute()).map((r) => [r.event_key, r.payload]));
const bodies = async (db: Kysely<Database>) => Object.fromEntries((await db.selectFrom('outbox').select(['body', 'created_at', 'status', 'id']).orderBy('id').execute()).map((r) => [`${r.status}@${r.created_at === day(5) ? 'old' : 'new'}`, r.body]));

describe.each(dialects)('chat-log retention (%s)', (dialect) => {
  const target = useTestDatabase(dialect);
  beforeEach(async () => {
    await target.db.deleteFrom('app_events').execute();
  });

  it('blanks old settled messages, keeps recent and in-progress ones, and keeps the ids that turn away retries', async () => {
    const { db } = target;
    for (const status of ['done', 'failed', 'pending', 'processing'] as const) await inbox(db, `old-${status}`, status, day(5));
    await inbox(db, 'new-done', 'done', day(50));
    for (const status of ['sent', 'undeliverable', 'pending', 'sending'] as const) await outbox(db, `old ${status}`, status, day(5));
    await outbox(db, 'new sent', 'sent', day(50));

    expect(await purgeChatLogs(db, cutoffs)).toEqual({ inboxBodies: 2, outboxBodies: 2, appEvents: 0, handoffNotes: 0 });
    expect(await payloads(db)).toEqual({
      'old-done': '{}',
      'old-failed': '{}',
      'old-pending': 'v1:sealed old-pending',
      'old-processing': 'v1:sealed old-processing',
      'new-done': 'v1:sealed new-done',
    });
    expect(await bodies(db)).toEqual({
      'sent@old': '{}',
      'undeliverable@old': '{}',
      'pending@old': 'v1:sealed old pending',
      'sending@old': 'v1:sealed old sending',
      'sent@new': 'v1:sealed new sent',
    });
    // A late Zalo retry of a purged message is still recognised and not answered twice.
    expect(await insertInboxEvent(db, { eventKey: 'old-done', userId: 'u1', eventName: 'user_send_text', payload: 'again', receivedAt: day(100) })).toBe('duplicate');
    // Run again: nothing left to do.
    expect(await purgeChatLogs(db, cutoffs)).toEqual({ inboxBodies: 0, outboxBodies: 0, appEvents: 0, handoffNotes: 0 });
  });

  it('deletes old applied Mini App events and the notes of handoffs resolved before the cut-off', async () => {
    const { db } = target;
    await db.insertInto('app_events').values([
      { user_id: 'app:1', event_id: 'old', procedure_id: 'p', response: 'v1:x', created_at: day(8) },
      { user_id: 'app:1', event_id: 'new', procedure_id: 'p', response: 'v1:y', created_at: day(9.5) },
    ]).execute();
    const author = (await insertStaffUser(db, { username: 'lan', displayName: 'Cán bộ Lan', role: 'official', communeCode: null, passwordHash: 'x', createdAt: day(0) })) ?? 0;
    const noteOn = async (userId: string, resolvedAt: string | null) => {
      await openHandoff(db, { userId, reason: 'requested', procedureId: null, questionId: null, ruleId: null, openedAt: day(1) });
      const { id } = await db.selectFrom('handoffs').select('id').where('user_id', '=', userId).executeTakeFirstOrThrow();
      await insertHandoffNote(db, { handoffId: id, authorId: author, sealedText: `v1:note on ${userId}`, at: day(2) });
      if (resolvedAt) await db.updateTable('handoffs').set({ status: 'resolved', resolved_at: resolvedAt }).where('id', '=', id).execute();
    };
    await noteOn('resolved-long-ago', day(3));
    await noteOn('resolved-lately', day(20));
    await noteOn('still-open', null);

    expect(await purgeChatLogs(db, cutoffs)).toMatchObject({ appEvents: 1, handoffNotes: 1 });
    expect((await db.selectFrom('app_events').select('event_id').execute()).map((r) => r.event_id)).toEqual(['new']);
    expect((await db.selectFrom('handoff_notes').select('text').orderBy('id').execute()).map((r) => r.text)).toEqual(['v1:note on resolved-lately', 'v1:note on still-open']);
    expect(await db.selectFrom('handoffs').select('id').execute()).toHaveLength(3); // the handoffs themselves stay (dashboard figures)
  });

  it('never touches filings, their history, consents or the audit log, however old', async () => {
    const { db } = target;
    await insertFiling(db, filing('OLD1-FILE-A', 'u1', day(1)));
    await recordConsent(db, { userId: 'u1', policyVersion: '2026-01', purposes: ['filing'], dataCategories: ['citizen_id'], channel: 'chat', procedureId: 'khai-sinh', givenAt: day(1) });
    await recordAudit(db, { at: day(1), userId: null, action: 'filing.read', subjectType: 'filing', subjectId: 'OLD1-FILE-A' });
    const snapshot = async () => [
      await db.selectFrom('filings').selectAll().execute(),
      await db.selectFrom('filing_events').selectAll().execute(),
      await db.selectFrom('consents').selectAll().execute(),
      await db.selectFrom('audit_log').selectAll().execute(),
    ];
    const before = await snapshot();
    expect(before.every((rows) => rows.length === 1)).toBe(true);
    await purgeChatLogs(db, { before: day(1000), appEventsBefore: day(1000) });
    expect(await snapshot()).toEqual(before);
  });

  it('works through more rows than one batch', async () => {
    const { db } = target;
    const rows = Array.from({ length: 1203 }, (_, i) => ({ event_key: `k${i}`, user_id: `u${i % 7}`, event_name: 'user_send_text', payload: `v1:${i}`, status: 'done' as const, attempts: 0, received_at: day(i % 2 === 0 ? 5 : 50) }));
    for (let i = 0; i < rows.length; i += 400) await db.insertInto('inbox').values(rows.slice(i, i + 400)).execute();
    expect(await purgeChatLogs(db, cutoffs)).toMatchObject({ inboxBodies: 602 });
    const left = await db.selectFrom('inbox').select((eb) => eb.fn.countAll<number | string>().as('count')).where('payload', '!=', '{}').executeTakeFirstOrThrow();
    expect(Number(left.count)).toBe(601);
  });

  it('is harmless when a second instance purges at the same time', async () => {
    const { db } = target;
    const rows = Array.from({ length: 1500 }, (_, i) => ({ event_key: `c${i}`, user_id: 'u1', event_name: 'user_send_text', payload: `v1:${i}`, status: 'done' as const, attempts: 0, received_at: day(5) }));
    for (let i = 0; i < rows.length; i += 500) await db.insertInto('inbox').values(rows.slice(i, i + 500)).execute();
    const other = await target.second();
    const results = await Promise.all([purgeChatLogs(db, cutoffs), purgeChatLogs(other.db, cutoffs)]);
    // Every row purged once: the two runs' counts add up to the rows, whoever did which.
    const counted = results.reduce((sum, result) => sum + (result === 'busy' ? 0 : result.inboxBodies), 0);
    expect(counted).toBe(1500);
    expect(await db.selectFrom('inbox').select('id').where('payload', '!=', '{}').execute()).toEqual([]);
  });
});

describe('chat-log retention across PostgreSQL instances', () => {
  const target = useTestDatabase('postgres');

  it('skips its run while another instance holds the purge, and runs once it is free', async () => {
    const { db } = target;
    await inbox(db, 'held', 'done', day(5));
    const other = await target.second();
    await other.db.connection().execute(async (connection) => {
      const key = sql`${0x43484c52}, hashtext(current_schema())`;
      await sql`select pg_advisory_lock(${key})`.execute(connection);
      try {
        expect(await purgeChatLogs(db, cutoffs)).toBe('busy');
        expect(await payloads(db)).toEqual({ held: 'v1:sealed held' });
      } finally {
        await sql`select pg_advisory_unlock(${key})`.execute(connection);
      }
    });
    expect(await purgeChatLogs(db, cutoffs)).toMatchObject({ inboxBodies: 1 });
  });
});
