/**
 * A real bot-server for the filings work queue, on SQLite or PostgreSQL, serving commune 00001:
 * residents chat through the signed webhook and use the Mini App (resident-api harness), officials
 * of any role and commune use the console, and the test moves the clock. Filings are made through
 * the chat, or stored as the chat would store them (`fileThroughStore`) with a realistic history.
 */
import type { LightMyRequestResponse } from 'fastify';
import { startResidentApiServer, type ResidentApiServer } from '../resident-api/resident-api-harness';
import { createStaffAccount } from '../../../bot-server/console-api/create-staff-account';
import type { StaffRole } from '../../../bot-server/storage/database-types';
import { insertFiling } from '../../../bot-server/storage/filing-store';
import { changeFilingStatus } from '../../../bot-server/storage/filing-queue-store';
import { assessProcessingTime } from '../../../shared/engine/processing-time';
import { generateReferenceCode } from '../../../shared/filing/reference-code';
import type { FilingStatus } from '../../../shared/filing/filing-status-text';
import type { ConsoleSessionResponse } from '../../../shared/api/console-api-schemas';
import { PASSWORD } from './console-harness';

const COMMUNE = '00001';

interface StaffSession {
  cookie: string;
  csrfToken: string;
}

export interface FilingQueueServer extends ResidentApiServer {
  now(): Date;
  setNow(iso: string): void;
  advance(ms: number): void;
  addStaff(username: string, role: StaffRole, communeCode?: string | null): Promise<number>;
  staff(username: string): Promise<StaffSession>;
  console(session: StaffSession, method: 'GET' | 'POST', url: string, options?: { payload?: object; csrf?: boolean }): Promise<LightMyRequestResponse>;
  fileThroughStore(filing: StoredFiling): Promise<string>;
}

interface StoredFiling {
  procedureId: string;
  userId: string;
  /** Vietnam local time, e.g. '2026-03-02T10:00'. */
  receivedLocal: string;
  status?: FilingStatus;
  channel?: 'chat' | 'miniApp' | 'volunteer';
  assistedBy?: number;
}

/** The steps an official takes to bring a received filing to each status, as the console would. */
const PATH: Record<FilingStatus, FilingStatus[]> = {
  received: [],
  processing: ['processing'],
  moreInfoNeeded: ['processing', 'moreInfoNeeded'],
  approved: ['processing', 'approved'],
  rejected: ['processing', 'rejected'],
  resultReady: ['processing', 'approved', 'resultReady'],
};

let seed = 7;
const nextReference = () => generateReferenceCode((n) => (seed = (seed * 48_271) % 2_147_483_647) % n);

export async function startFilingQueueServer(dialect: 'sqlite' | 'postgres', options: { workers?: boolean } = {}): Promise<FilingQueueServer> {
  let now = Date.parse('2026-03-02T02:00:00.000Z'); // Monday 09:00 in Vietnam
  const server = await startResidentApiServer({ dialect, workers: options.workers ?? false, clock: () => new Date(now), env: { COMMUNE_CODE: COMMUNE } });
  const { app } = server;
  const { db, cipher, catalog, holidays } = app.services;
  return {
    ...server,
    now: () => new Date(now),
    setNow: (iso) => void (now = Date.parse(iso)),
    advance: (ms) => void (now += ms),
    async addStaff(username, role, communeCode = role === 'admin' ? null : COMMUNE) {
      const input = { username, displayName: `Cán bộ ${username}`, role, communeCode, password: PASSWORD };
      const result = await createStaffAccount(db, input, { now: new Date(now).toISOString(), actorId: null });
      if (!result.ok) throw result.error;
      return result.id;
    },
    async staff(username) {
      const response = await app.inject({ method: 'POST', url: '/api/console/sign-in', payload: { username, password: PASSWORD } });
      const cookie = response.cookies.find((c) => c.name === 'dvc_console');
      if (response.statusCode !== 200 || !cookie) throw new Error(`sign-in as ${username} answered ${response.statusCode}: ${response.body}`);
      return { cookie: cookie.value, csrfToken: (response.json() as ConsoleSessionResponse).csrfToken };
    },
    console(session, method, url, { payload, csrf = true } = {}) {
      const headers = csrf ? { 'x-csrf-token': session.csrfToken } : {};
      return app.inject({ method, url, headers, cookies: { dvc_console: session.cookie }, ...(payload ? { payload } : {}) });
    },
    async fileThroughStore(filing) {
      const receivedAt = new Date(`${filing.receivedLocal}:00+07:00`).toISOString();
      const procedure = catalog.current(filing.procedureId, receivedAt.slice(0, 10));
      if (!procedure) throw new Error(`no procedure ${filing.procedureId}`);
      const reference = nextReference();
      await insertFiling(db, {
        reference,
        user_id: filing.userId,
        procedure_id: procedure.id,
        procedure_version: procedure.version,
        answers: cipher.seal(JSON.stringify({})),
        status: 'received',
        channel: filing.channel ?? 'chat',
        received_at: receivedAt,
        due_date: assessProcessingTime(procedure.processingTime, receivedAt, holidays).dueDate,
        updated_at: receivedAt,
      });
      let from: FilingStatus = 'received';
      for (const to of PATH[filing.status ?? 'received']) {
        await changeFilingStatus(db, { reference, from, to, sealedNote: to === 'moreInfoNeeded' || to === 'rejected' ? cipher.seal('Thiếu giấy tờ') : null, at: receivedAt });
        from = to;
      }
      if (filing.assistedBy !== undefined) await db.updateTable('filings').set({ assisted_by: filing.assistedBy }).where('reference', '=', reference).execute();
      return reference;
    },
  };
}
