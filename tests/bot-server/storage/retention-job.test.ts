/**
 * The retention job: it runs once when started and then on every tick, honours
 * CHAT_LOG_RETENTION_DAYS, empties prepared filings whose time ran out, and stops cleanly. And the
 * real server starts it: a database with month-old chat logs is purged at start-up.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import type { Database } from '../../../bot-server/storage/database-types';
import { loadConfig, type Config } from '../../../bot-server/config/load-config';
import { startRetentionJob, type RetentionJob } from '../../../bot-server/channel/retention-job';
import type { ChatLogPurge } from '../../../bot-server/storage/chat-log-retention';
import { insertStaffUser } from '../../../bot-server/storage/staff-user-store';
import { openDatabase } from '../../../bot-server/storage/open-database';
import { startTestServer } from '../../support/test-server';
import { at, dialects, useTestDatabase } from './database-targets';

const day = (n: number) => at(n * 86_400);

function configWith(env: Record<string, string>): Config {
  const loaded = loadConfig(env);
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  return loaded.config;
}

async function oldMessage(db: Kysely<Database>, key: string, receivedAt: string): Promise<void> {
  await db.insertInto('inbox').values({ event_key: key, user_id: 'u1', event_name: 'user_send_text', payload: `v1:sealed ${key}`, status: 'done', attempts: 0, received_at: receivedAt }).execute();
}

const payloadOf = async (db: Kysely<Database>, key: string) => (await db.selectFrom('inbox').select('payload').where('event_key', '=', key).executeTakeFirstOrThrow()).payload;

async function eventually(check: () => Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('not within the time allowed');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe.each(dialects)('the retention job (%s)', (dialect) => {
  const target = useTestDatabase(dialect);
  let job: RetentionJob | undefined;
  beforeEach(async () => {
    await target.db.deleteFrom('assisted_filings').execute();
  });
  afterEach(async () => {
    await job?.stop();
    job = undefined;
  });

  it('purges at start and on every tick, keeping what is inside CHAT_LOG_RETENTION_DAYS', async () => {
    const { db } = target;
    await oldMessage(db, '40-days-old', day(60));
    await oldMessage(db, '20-days-old', day(80));
    const purged: ChatLogPurge[] = [];
    const errors: unknown[] = [];
    const services = { db, clock: () => new Date(day(100)), config: configWith({ CHAT_LOG_RETENTION_DAYS: '30' }) };
    job = startRetentionJob(services, { everyMs: 100, onPurged: (p) => purged.push(p), onError: (e) => errors.push(e) });

    // The run reports once it is over (the blanked row is visible a moment earlier).
    await eventually(() => Promise.resolve(purged.length > 0));
    expect(purged[0]).toMatchObject({ inboxBodies: 1 });
    expect(await payloadOf(db, '40-days-old')).toBe('{}');
    expect(await payloadOf(db, '20-days-old')).toBe('v1:sealed 20-days-old');

    // A later tick takes what has grown old since.
    await oldMessage(db, 'arrived-later', day(1));
    await eventually(async () => (await payloadOf(db, 'arrived-later')) === '{}');

    // Stopped: nothing more is purged.
    await job.stop();
    await oldMessage(db, 'after-stop', day(1));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await payloadOf(db, 'after-stop')).toBe('v1:sealed after-stop');
    expect(errors).toEqual([]);
  });

  it('empties the answers of prepared filings whose time ran out, and only those', async () => {
    const { db } = target;
    const volunteer = (await insertStaffUser(db, { username: 'tnv', displayName: 'Tình nguyện viên', role: 'volunteer', communeCode: null, passwordHash: 'x', createdAt: day(0) })) ?? 0;
    const prepared = (requestId: string, expiresAt: string) => ({ assisted_by: volunteer, request_id: requestId, user_id: 'u1', procedure_id: 'p', procedure_version: 1, answers: 'v1:sealed answers', question_ids: '[]', status: 'pending' as const, created_at: day(99), expires_at: expiresAt });
    await db.insertInto('assisted_filings').values([prepared('ran-out', day(99.5)), prepared('still-waiting', day(101))]).execute();
    const errors: unknown[] = [];
    job = startRetentionJob({ db, clock: () => new Date(day(100)), config: configWith({}) }, { onPurged: () => undefined, onError: (error) => errors.push(error) });
    await eventually(async () => (await db.selectFrom('assisted_filings').select('answers').where('request_id', '=', 'ran-out').executeTakeFirstOrThrow()).answers === '');
    expect(await db.selectFrom('assisted_filings').select(['request_id', 'status', 'answers']).orderBy('request_id').execute()).toEqual([
      { request_id: 'ran-out', status: 'expired', answers: '' },
      { request_id: 'still-waiting', status: 'pending', answers: 'v1:sealed answers' },
    ]);
    expect(errors).toEqual([]);
  });
});

describe('the server', () => {
  it('purges chat logs past their retention when it starts', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dvc-retention-'));
    const url = join(dir, 'dvc.sqlite');
    const existing = await openDatabase(url);
    await oldMessage(existing.db, 'a-month-ago', new Date(Date.now() - 31 * 86_400_000).toISOString());
    await oldMessage(existing.db, 'yesterday', new Date(Date.now() - 86_400_000).toISOString());
    await existing.close();

    const server = await startTestServer({ DATABASE_URL: url, CHAT_LOG_RETENTION_DAYS: '30' });
    try {
      const { db } = server.app.services;
      await eventually(async () => (await payloadOf(db, 'a-month-ago')) === '{}');
      expect(await payloadOf(db, 'yesterday')).toBe('v1:sealed yesterday');
    } finally {
      await server.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
